// --verify-diagnostics checks expected-* comments instead of printing diagnostics.
// RUN: aic-opt %s --split-input-file --verify-diagnostics
// RUN: aic-opt %s --split-input-file --verify-diagnostics=all
// RUN: not aic-opt %s --split-input-file 2>&1 | FileCheck %s
// Unexpected diagnostics fail 'all' but pass 'only-expected'.
// RUN: echo 'func() {}' | not aic-opt --verify-diagnostics 2>&1 | FileCheck %s --check-prefix=UNEXPECTED
// RUN: echo 'func() {}' | aic-opt --verify-diagnostics=only-expected

// expected-error@+1 {{custom op 'func' is unknown}}
func() {}

// -----

// expected-error@+1 {{can only contain attributes with dialect-prefixed names, found: 'plain'}}
module attributes {plain} {}

// CHECK: verify-diagnostics.mlir:10:1: error: custom op 'func' is unknown (tried 'builtin.func' as well)
// CHECK: verify-diagnostics.mlir:15:1: error: 'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'plain'
// UNEXPECTED: <stdin>:1:1: error: unexpected error: custom op 'func' is unknown (tried 'builtin.func' as well)
