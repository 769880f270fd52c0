// The input bin/aic-opt runs at build time to record the classes a typical run loads into the
// class-data-sharing archive: custom and generic ops, attributes, types, regions and blocks.

module attributes {test.name = "training"} {
  "test.func"() <{sym_name = "mlp", function_type = (tensor<4x8xf32>) -> tensor<4x2xf32>}> ({
  ^bb0(%x: tensor<4x8xf32>):
    %w = "test.constant"() <{value = dense<0.5> : tensor<8x2xf32>}> : () -> tensor<8x2xf32>
    %b = "test.constant"() <{value = dense<[1.0, -2.0]> : tensor<2xf32>}> : () -> tensor<2xf32>
    %y = "test.matmul"(%x, %w) : (tensor<4x8xf32>, tensor<8x2xf32>) -> tensor<4x2xf32>
    %z = "test.add"(%y, %b) {fastmath = #test.fastmath<fast>} : (tensor<4x2xf32>, tensor<2xf32>) -> tensor<4x2xf32>
    %c = "test.cmp"(%z, %z) {predicate = 1 : i64, name = "relu", flags = [true, 3 : i32, 2.5 : f64]} : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x2xi1>
    "test.cond_br"(%c)[^bb1, ^bb2] : (tensor<4x2xi1>) -> ()
  ^bb1:
    "test.return"(%z) : (tensor<4x2xf32>) -> ()
  ^bb2:
    %m = "test.alloc"() : () -> memref<4x2xf32, strided<[2, 1]>>
    %i = "test.index"() {map = affine_map<(d0, d1) -> (d0 + d1)>} : () -> index
    "test.return"(%z) : (tensor<4x2xf32>) -> ()
  }) : () -> ()
}

// -----

"test.op"() ({
  %0 = "test.value"() : () -> i32
  %1:2 = "test.pair"(%0) : (i32) -> (i64, vector<4xf16>)
}) {loc_test} : () -> () loc("training.mlir":30:1)
