module @outer {
  module @inner attributes {foo.x = 1} {
    %0:3 = "foo.multi"() : () -> (i1, i2, i3)
    "foo.sink"(%0#2, %0#0) : (i3, i1) -> ()
  }
  %c = builtin.unrealized_conversion_cast to i32
  %d = builtin.unrealized_conversion_cast %c : i32 to i64
  "foo.strs"() {"a\nb" = "é\n\t", cplx = complex<f32>, fn = (i32, tensor<*xf32>) -> memref<2x?xf32, strided<[?, 1], offset: ?>>, v = vector<[4]x2xf32>, t = tuple<i32, f64>, nan = 0x7FC00000 : f32, bf = 1.0 : bf16, nested = [[1, 2], {k = [3]}], sdense = dense<["a", "b"]> : tensor<2x!foo.s>, empty = [], ed = {}, dbig = dense<1> : tensor<2x3x4xi32>, dne = dense<[[1,2,3,4,5],[1,2,3,4,5],[1,2,3,4,5],[1,2,3,4,5]]> : tensor<4x5xi32>} : () -> ()
  "foo.empty_region"() ({}) : () -> ()
  "foo\0Anl"() : () -> ()
}
