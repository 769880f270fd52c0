// RUN: not aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-pass-crash))' --mlir-pass-pipeline-crash-reproducer=%t -o /dev/null 2>&1 | FileCheck %s
// RUN: FileCheck %s --check-prefix=REPRO < %t
// RUN: not aic-opt %t --allow-unregistered-dialect --run-reproducer -o /dev/null 2>&1 | FileCheck %s --check-prefix=REPLAY

// A crash is an internal compiler error, never a stack trace, and leaves a reproducer.
// CHECK: error: internal compiler error: java.lang.IllegalStateException: test-pass-crash crashed on purpose
// CHECK-NEXT: note: while running pass 'test-pass-crash' on this operation
// CHECK: error: Failures have been detected while processing an MLIR pass pipeline
// CHECK-NEXT: note: Pipeline failed while executing [`TestCrashRecoveryPass` on 'builtin.module' operation: @inner]: reproducer generated at `{{.*}}`
// CHECK-NOT: at dev.aic

// The input IR before any pass, then the pipeline, in mlir-opt's reproducer form.
// REPRO: module {
// REPRO-NEXT:   module @inner {
// REPRO-NEXT:     "test.foo"() : () -> ()
// REPRO:      {-#
// REPRO-NEXT:   external_resources: {
// REPRO-NEXT:     mlir_reproducer: {
// REPRO-NEXT:       pipeline: "builtin.module(strip-debuginfo, builtin.module(test-pass-crash))",
// REPRO-NEXT:       disable_threading: false,
// REPRO-NEXT:       verify_each: true
// REPRO-NEXT:     }
// REPRO-NEXT:   }
// REPRO-NEXT: #-}

// REPLAY: error: internal compiler error: java.lang.IllegalStateException: test-pass-crash crashed on purpose

module {
  module @inner {
    "test.foo"() : () -> ()
  }
  "test.bar"() : () -> ()
}
