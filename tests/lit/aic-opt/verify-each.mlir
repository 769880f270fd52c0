// RUN: not aic-opt %s -p 'builtin.module(builtin.module(test-pass-create-invalid-ir{emit-invalid-ir}))' 2>&1 | FileCheck %s
// RUN: aic-opt %s -p 'builtin.module(builtin.module(test-pass-create-invalid-ir{emit-invalid-ir}))' --verify-each=false | FileCheck %s --check-prefix=OFF

// CHECK: error: 'builtin.module' op expects region #0 to have 0 or 1 blocks

// OFF: module @inner {
// OFF-NEXT: module {

module {
  module @inner {
  }
}
