// A two-layer perceptron in generic form: func, arith and linalg ops are unregistered in aic
// today, so aic-opt reads and prints them with --allow-unregistered-dialect.
#map = affine_map<(d0, d1) -> (d0, d1)>
#bias = affine_map<(d0, d1) -> (d1)>
"func.func"() <{function_type = (tensor<4x8xf32>, tensor<8x16xf32>, tensor<16xf32>) -> tensor<4x16xf32>, sym_name = "mlp"}> ({
^bb0(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>, %b: tensor<16xf32>):
  %zero = "arith.constant"() <{value = 0.000000e+00 : f32}> : () -> f32
  %init = "tensor.empty"() : () -> tensor<4x16xf32>
  %acc = "linalg.fill"(%zero, %init) <{operandSegmentSizes = array<i32: 1, 1>}> ({
  ^bb0(%in: f32, %out: f32):
    "linalg.yield"(%in) : (f32) -> ()
  }) : (f32, tensor<4x16xf32>) -> tensor<4x16xf32>
  %mm = "linalg.matmul"(%x, %w, %acc) <{operandSegmentSizes = array<i32: 2, 1>}> ({
  ^bb0(%a: f32, %bb: f32, %c: f32):
    %p = "arith.mulf"(%a, %bb) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %s = "arith.addf"(%c, %p) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "linalg.yield"(%s) : (f32) -> ()
  }) : (tensor<4x8xf32>, tensor<8x16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  %y = "linalg.generic"(%mm, %b, %init) <{indexing_maps = [#map, #bias, #map], iterator_types = [#linalg.iterator_type<parallel>, #linalg.iterator_type<parallel>], operandSegmentSizes = array<i32: 2, 1>}> ({
  ^bb0(%v: f32, %bias: f32, %o: f32):
    %sum = "arith.addf"(%v, %bias) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    %relu = "arith.maximumf"(%sum, %zero) <{fastmath = #arith.fastmath<none>}> : (f32, f32) -> f32
    "linalg.yield"(%relu) : (f32) -> ()
  }) : (tensor<4x16xf32>, tensor<16xf32>, tensor<4x16xf32>) -> tensor<4x16xf32>
  "func.return"(%y) : (tensor<4x16xf32>) -> ()
}) : () -> ()
