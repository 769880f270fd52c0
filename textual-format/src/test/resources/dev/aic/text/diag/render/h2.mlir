func.func @f(%a: i32, %b: i64) -> i32 {
  %0 = "arith.addi"(%a, %b) : (i32, i64) -> i32 loc(fused<"m">["x", callsite("g.mlir":3:5 at "h.mlir":4:1)])
  return %0 : i32
}
