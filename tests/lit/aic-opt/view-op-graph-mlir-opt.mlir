// aic-opt's view-op-graph output is byte for byte mlir-opt's, for every option.
// REQUIRES: mlir-opt
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph 2>%t.aic >/dev/null
// RUN: mlir-opt %s --allow-unregistered-dialect --view-op-graph 2>%t.mlir >/dev/null
// RUN: diff %t.mlir %t.aic
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph="max-label-len=3 print-control-flow-edges" 2>%t.aic >/dev/null
// RUN: mlir-opt %s --allow-unregistered-dialect --view-op-graph="max-label-len=3 print-control-flow-edges" 2>%t.mlir >/dev/null
// RUN: diff %t.mlir %t.aic
// RUN: aic-opt %s --allow-unregistered-dialect --view-op-graph="print-attrs=0 print-result-types=0 print-data-flow-edges=0" 2>%t.aic >/dev/null
// RUN: mlir-opt %s --allow-unregistered-dialect --view-op-graph="print-attrs=0 print-result-types=0 print-data-flow-edges=0" 2>%t.mlir >/dev/null
// RUN: diff %t.mlir %t.aic

// Named modules (sym_name is an inherent attribute), a use before its definition in a graph
// region, multi-result values, non-entry block arguments, an empty region, names and strings
// needing escapes, and attributes of most builtin kinds.
module @outer {
  "foo.use"(%late, %late) : (tensor<4x?xf32>, tensor<4x?xf32>) -> ()
  %late = "foo.def"() {"a|b" = "x", "q\"n" = 1 : i8} : () -> tensor<4x?xf32>
  module @inner attributes {foo.x = 1} {
    %0:3 = "foo.multi"() : () -> (i1, i2, i3)
    "foo.sink"(%0#2, %0#0) : (i3, i1) -> ()
  }
  %c = builtin.unrealized_conversion_cast to i32
  %r:2 = "foo.region"(%c) ({
  ^bb0(%x: i32):
    "foo.inner"(%x, %c) : (i32, i32) -> ()
    "foo.br"()[^bb1, ^bb2] : () -> ()
  ^bb1:
    "foo.yield"() : () -> ()
  ^bb2(%q: i64, %w: !foo<"b|r">):
    "foo.yield"() : () -> ()
  }, {
  }) {attr1 = "a long string attribute\n with a newline", d = dense<[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]> : tensor<17xi32>, sp = dense<1.0> : tensor<4x4xf32>, arr = [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17], un, ty = tensor<4x?xf32>, m = affine_map<(d0) -> (d0)>} : (i32) -> (i32, f32)
  "foo.use"(%r#0, %r#1) {x = {a = 1, b = "s|{<>}"}} : (i32, f32) -> ()
  "foo|x<y>"() : () -> ()
  "foo.z"() {d = dense<[[1,2],[3,4]]> : tensor<2x2xi32>, e = dense<"0x0102030405060708091011121314151617"> : tensor<17xi8>, s = dense<[1.5, 2.5]> : vector<2xf32>, str = "a\\b", loc = loc("x":1:2), f = 1.5 : f32, b = true, sym = @foo, sr = @a::@b, o = #foo.attr<1>, i = 3 : index, ap = array<i32: 1, 2>, dr = dense_resource<blob> : tensor<2xi32>, cplx = complex<f32>, fn = (i32, tensor<*xf32>) -> memref<2x?xf32, strided<[?, 1], offset: ?>>, v = vector<[4]x2xf32>, t = tuple<i32, f64>, nan = 0x7FC00000 : f32, bf = 1.0 : bf16, nested = [[1, 2], {k = [3]}], sdense = dense<["a", "b"]> : tensor<2x!foo.s>, empty = [], ed = {}, dne = dense<[[1,2,3,4,5],[1,2,3,4,5],[1,2,3,4,5],[1,2,3,4,5]]> : tensor<4x5xi32>} : () -> ()
  "foo\0Anl"() <{p = 1}> : () -> ()
}
