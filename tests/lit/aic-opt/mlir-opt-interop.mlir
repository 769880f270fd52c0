// mlir-opt reads what aic-opt prints, in custom and generic form, and prints the same IR.
// REQUIRES: mlir-opt
// RUN: aic-opt %s --allow-unregistered-dialect | mlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: aic-opt %s --allow-unregistered-dialect --mlir-print-op-generic | mlir-opt --allow-unregistered-dialect | FileCheck %s
// RUN: aic-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | mlir-opt --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC

#map = affine_map<(d0, d1) -> (d1, d0)>
module @m attributes {test.attr = [1, 2.5 : f32, "s"]} {
  "func.func"() <{function_type = (tensor<2x3xf32>) -> tensor<3x2xf32>, sym_name = "transpose"}> ({
  ^bb0(%arg0: tensor<2x3xf32>):
    %0 = "test.transpose"(%arg0) {map = #map} : (tensor<2x3xf32>) -> tensor<3x2xf32>
    "func.return"(%0) : (tensor<3x2xf32>) -> ()
  }) : () -> ()
}

// CHECK:      #map = affine_map<(d0, d1) -> (d1, d0)>
// CHECK:      module @m attributes {test.attr = [1, 2.500000e+00 : f32, "s"]} {
// CHECK:        func.func @transpose(%arg0: tensor<2x3xf32>) -> tensor<3x2xf32> {
// CHECK-NEXT:     %0 = "test.transpose"(%arg0) {map = #map} : (tensor<2x3xf32>) -> tensor<3x2xf32>
// CHECK-NEXT:     return %0 : tensor<3x2xf32>

// LOC: loc("{{.*}}mlir-opt-interop.mlir":11:10)
