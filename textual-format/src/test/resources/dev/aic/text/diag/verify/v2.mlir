func.func @f(%a: i32, %b: i64) -> i32 {
  // expected-warning@+1 {{requires the same type}}
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return %0 : i32
}
// -----
// expected-error@+1 {{requires the same type}}
func.func @g(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32
  return %0 : i32
}
// -----
func.func @h(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(unknown)
  return %0 : i32
}
// -----
// expected-error@unknown {{requires the same}}
func.func @i(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(unknown)
  return %0 : i32
}
// -----
// expected-error@unknown {{never}}
func.func @j(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc("nm")
  return %0 : i32
}
