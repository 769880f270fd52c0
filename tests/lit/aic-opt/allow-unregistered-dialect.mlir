// Ops of unknown dialects are errors unless --allow-unregistered-dialect is given.
// RUN: aic-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: not aic-opt %s 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not aic-opt %s --allow-unregistered-dialect=false 2>&1 | FileCheck %s --check-prefix=ERR

"foo.bar"() {attr = 1 : i32} : () -> ()

// CHECK: "foo.bar"() {attr = 1 : i32} : () -> ()
// ERR: allow-unregistered-dialect.mlir:6:10: error: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used
