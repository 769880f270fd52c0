// Every builtin attribute kind, in discardable and inherent dictionaries.
"t.attrs"() <{inherent = 1 : i32}> {
  int = 42, neg = -7 : i8, wide = 123456789012345678901234567890 : i128, idx = 3 : index,
  bool_t = true, bool_f = false,
  f32 = 1.5 : f32, f64 = 0.1, f16 = -2.0 : f16, nan = 0x7FC00000 : f32, inf = 0x7FF0000000000000 : f64,
  bf16 = 3.0 : bf16, fp8 = 1.0 : f8E4M3FN,
  str = "hello\n\"world\"", typed_str = "x" : i32,
  unit,
  arr = [1, "a", i32, [2.0 : f32]],
  dense_arr = array<i32: 1, 2, 3>, empty_arr = array<i64>, f_arr = array<f32: 1.0, 2.5>,
  dict = {b = 2, a = 1},
  type = tensor<4xf32>,
  sym = @foo, nested_sym = @foo::@bar::@baz, quoted_sym = @"with space",
  map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 4, d0 mod 3, -d1)>,
  set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>,
  dense_int = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>,
  dense_splat = dense<1.0> : tensor<4xf32>,
  dense_bool = dense<[true, false]> : tensor<2xi1>,
  dense_complex = dense<(1.0, 2.0)> : tensor<complex<f32>>,
  dense_str = dense<["a", "b"]> : tensor<2x!foo.string>,
  dense_empty = dense<> : tensor<0xi32>,
  resource = dense_resource<blob1> : tensor<2xi32>,
  strided = strided<[?, 1], offset: 5>,
  opaque = #foo.anything<with "nested" <brackets>>,
  loc = loc("file.mlir":3:4)
} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000"
    }
  }
#-}
