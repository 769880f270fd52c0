// Every builtin type, as operand, result and attribute types of unregistered ops.
%0 = "t.def"() : () -> i1
%1 = "t.def"() : () -> si8
%2 = "t.def"() : () -> ui64
%3 = "t.def"() : () -> index
%4:7 = "t.def"() : () -> (f16, bf16, f32, f64, f80, f128, tf32)
%5:6 = "t.def"() : () -> (f8E5M2, f8E4M3, f8E4M3FN, f8E5M2FNUZ, f8E4M3FNUZ, f8E4M3B11FNUZ)
%6:5 = "t.def"() : () -> (f8E3M4, f8E8M0FNU, f6E2M3FN, f6E3M2FN, f4E2M1FN)
%7 = "t.def"() : () -> complex<f32>
%8 = "t.def"() : () -> none
%9 = "t.def"() : () -> tuple<i32, tuple<>, f32>
%10 = "t.def"() : () -> tensor<2x?x4xf32>
%11 = "t.def"() : () -> tensor<*xi8>
%12 = "t.def"() : () -> tensor<f32>
%13 = "t.def"() : () -> vector<4x8xf32>
%14 = "t.def"() : () -> vector<[4]x8xf32>
%15 = "t.def"() : () -> vector<f32>
%16 = "t.def"() : () -> memref<4x?xf32>
%17 = "t.def"() : () -> memref<4x4xf32, strided<[4, 1], offset: ?>>
%18 = "t.def"() : () -> memref<4xf32, 1>
%19 = "t.def"() : () -> memref<*xf32, 2>
%20 = "t.def"() : () -> memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
%21 = "t.def"() : () -> !foo.bar<"quoted", 3, [x]>
%22 = "t.def"() : () -> tensor<4xf32, #foo.enc>
%23 = "t.def"() : () -> (((i32) -> (), () -> (i1, i2)) -> f32)
"t.use"(%0, %3, %10) : (i1, index, tensor<2x?x4xf32>) -> ()
