// -after-change narrows -after/-after-all to passes that changed the IR (mlir-opt 22 semantics).
// RUN: aic-opt %s -p 'builtin.module(strip-debuginfo, print-op-stats, strip-debuginfo)' --mlir-print-ir-after-all --mlir-print-ir-after-change -o /dev/null 2>&1 | FileCheck %s
// RUN: aic-opt %s -p 'builtin.module(strip-debuginfo)' --mlir-print-ir-after-change -o /dev/null 2>&1 | FileCheck %s --check-prefix=ALONE --allow-empty

// CHECK: IR Dump After StripDebugInfo (strip-debuginfo)
// CHECK-NOT: IR Dump After

// ALONE-NOT: IR Dump
module {
} loc("somewhere.mlir":1:1)
