func.func @f(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(callsite("x" at "h3.mlir":1:1))
  return %0 : i32
}
