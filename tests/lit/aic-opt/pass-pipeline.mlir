// RUN: aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-options-pass{list=1,2 string="x y" enum=one}), print-op-stats{json})' --dump-pass-pipeline 2>&1 | FileCheck %s

// The pipeline as --dump-pass-pipeline prints it, every option with its value and in name order.
// CHECK-LABEL: Pass Manager with 3 passes:
// CHECK-NEXT: builtin.module(
// CHECK-NEXT:   strip-debuginfo,
// CHECK-NEXT:   builtin.module(
// CHECK-NEXT:     test-options-pass{enum=one list={1,2} string={x y}}
// CHECK-NEXT:   ),
// CHECK-NEXT:   print-op-stats{json=true}
// CHECK-NEXT: )

// CHECK:      "builtin.module" : 2,
// CHECK-NEXT: "test.bar" : 1,
// CHECK-NEXT: "test.foo" : 1

// CHECK-LABEL: module {
// CHECK-NEXT:    module @inner {
module {
  module @inner {
    "test.foo"() : () -> ()
  }
  "test.bar"() : () -> ()
}
