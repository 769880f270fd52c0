func.func @h(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(unknown)
  return %0 : i32
}
