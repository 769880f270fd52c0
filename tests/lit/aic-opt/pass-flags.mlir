// RUN: aic-opt %s --allow-unregistered-dialect --strip-debuginfo --print-op-stats=json --mlir-print-debuginfo 2>&1 | FileCheck %s

// Each registered pass is a flag; they run in command-line order on builtin.module.
// CHECK: {
// CHECK-NEXT:   "builtin.module" : 1,
// CHECK-NEXT:   "test.foo" : 1
// CHECK-NEXT: }
// CHECK: "test.foo"() : () -> () loc(#loc)
// CHECK: #loc = loc(unknown)
"test.foo"() : () -> () loc("here.mlir":3:4)
