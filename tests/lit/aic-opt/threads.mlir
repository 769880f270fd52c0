// Diagnostics come out in op order whatever the thread count.
// RUN: not aic-opt %s -p 'builtin.module(builtin.module(test-pass-failure{gen-diagnostics}))' --threads=4 2>&1 | FileCheck %s
// RUN: not aic-opt %s -p 'builtin.module(builtin.module(test-pass-failure{gen-diagnostics}))' --mlir-disable-threading 2>&1 | FileCheck %s

// CHECK: threads.mlir:[[@LINE+4]]:3: error: illegal operation
// CHECK: threads.mlir:[[@LINE+4]]:3: error: illegal operation
// CHECK: threads.mlir:[[@LINE+4]]:3: error: illegal operation
// CHECK: threads.mlir:[[@LINE+4]]:3: error: illegal operation
  module @a {}
  module @b {}
  module @c {}
  module @d {}
