func.func @f(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(callsite("g.mlir":3:5 at callsite("g.mlir":1:1 at "g.mlir":4:1)))
  return %0 : i32
}
