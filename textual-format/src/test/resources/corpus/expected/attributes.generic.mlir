#loc = loc("file.mlir":3:4)
#map = affine_map<(d0, d1)[s0] -> (d0 + s0, d1 floordiv 4, d0 mod 3, -d1)>
#set = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>
"builtin.module"() ({
  "t.attrs"() <{inherent = 1 : i32}> {arr = [1, "a", i32, [2.000000e+00 : f32]], bf16 = 3.000000e+00 : bf16, bool_f = false, bool_t = true, dense_arr = array<i32: 1, 2, 3>, dense_bool = dense<[true, false]> : tensor<2xi1>, dense_complex = dense<(1.000000e+00,2.000000e+00)> : tensor<complex<f32>>, dense_empty = dense<> : tensor<0xi32>, dense_int = dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>, dense_splat = dense<1.000000e+00> : tensor<4xf32>, dense_str = dense<["a", "b"]> : tensor<2x!foo.string>, dict = {a = 1 : i64, b = 2 : i64}, empty_arr = array<i64>, f16 = -2.000000e+00 : f16, f32 = 1.500000e+00 : f32, f64 = 1.000000e-01 : f64, f_arr = array<f32: 1.000000e+00, 2.500000e+00>, fp8 = 1.000000e+00 : f8E4M3FN, idx = 3 : index, inf = 0x7FF0000000000000 : f64, int = 42 : i64, loc = #loc, map = #map, nan = 0x7FC00000 : f32, neg = -7 : i8, nested_sym = @foo::@bar::@baz, opaque = #foo.anything<with "nested" <brackets>>, quoted_sym = @"with space", resource = dense_resource<blob1> : tensor<2xi32>, set = #set, str = "hello\0A\22world\22", strided = strided<[?, 1], offset: 5>, sym = @foo, type = tensor<4xf32>, typed_str = "x" : i32, unit, wide = 123456789012345678901234567890 : i128} : () -> ()
}) : () -> ()

{-#
  dialect_resources: {
    builtin: {
      blob1: "0x040000000100000002000000"
    }
  }
#-}

