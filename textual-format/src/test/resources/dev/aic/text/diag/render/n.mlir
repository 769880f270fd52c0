func.func @f(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc("name"("n.mlir":3:3))
  return %0 : i32
}
