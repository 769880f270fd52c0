// -p/--pass-pipeline is accepted, but runs nothing until aic has a pass manager.
// RUN: not aic-opt %s -p 'builtin.module(canonicalize)' 2>&1 | FileCheck %s
// RUN: not aic-opt %s --pass-pipeline='builtin.module(canonicalize)' 2>&1 | FileCheck %s
// RUN: aic-opt %s --pass-pipeline= | FileCheck %s --check-prefix=EMPTY

module {}

// CHECK: error: cannot run pass pipeline 'builtin.module(canonicalize)'
// EMPTY: module {
