// RUN: aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-module-pass))' --mlir-print-ir-after-all --mlir-print-ir-before=strip-debuginfo --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s
// RUN: aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-module-pass))' --mlir-print-ir-after-all --mlir-print-ir-module-scope --mlir-disable-threading -o /dev/null 2>&1 | FileCheck %s --check-prefix=SCOPE
// RUN: not aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-pass-failure))' --mlir-print-ir-after-failure -o /dev/null 2>&1 | FileCheck %s --check-prefix=FAILURE
// RUN: rm -rf %t && aic-opt %s --allow-unregistered-dialect -p 'builtin.module(strip-debuginfo, builtin.module(test-module-pass))' --mlir-print-ir-after-all --mlir-print-ir-tree-dir=%t -o /dev/null && ls -R %t | FileCheck %s --check-prefix=TREE

// CHECK: // -----// IR Dump Before StripDebugInfo (strip-debuginfo) //----- //
// CHECK-NEXT: module {
// CHECK: // -----// IR Dump After StripDebugInfo (strip-debuginfo) //----- //
// CHECK-NEXT: module {
// CHECK: // -----// IR Dump After TestModulePass (test-module-pass) //----- //
// CHECK-NEXT: module @inner {
// CHECK-NEXT:   "test.foo"() : () -> ()
// CHECK-NEXT: }

// SCOPE: // -----// IR Dump After TestModulePass (test-module-pass) ('builtin.module' operation: @inner) //----- //
// SCOPE-NEXT: module {
// SCOPE-NEXT:   module @inner {

// FAILURE-NOT: IR Dump After StripDebugInfo
// FAILURE: // -----// IR Dump After TestFailurePass Failed (test-pass-failure) //----- //
// FAILURE-NEXT: module @inner {

// TREE: builtin_module_no-symbol-name:
// TREE-NEXT: 0_strip-debuginfo.mlir
// TREE-NEXT: builtin_module_inner
// TREE: builtin_module_inner:
// TREE-NEXT: 0_0_test-module-pass.mlir

module {
  module @inner {
    "test.foo"() : () -> ()
  }
  "test.bar"() : () -> ()
}
