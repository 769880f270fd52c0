func.func @f(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return %0 : i32
}
// -----
// expected-error@-4 {{requires the same type}}
// expected-note@+1 {{nothing}}
func.func @k() { return } // expected-error {{a}} expected-error {{b}}
// expected-remark@below {{dangling}}
// -----
