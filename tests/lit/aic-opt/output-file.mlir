// -o is written atomically: a failed run leaves no file behind and an old file unchanged.
// RUN: rm -f %t.out %t.new
// RUN: aic-opt %s -o %t.out
// RUN: FileCheck %s --input-file=%t.out
// RUN: echo 'func() {}' | not aic-opt -o %t.new 2>&1 | FileCheck %s --check-prefix=ERR
// RUN: not cat %t.new
// RUN: echo 'func() {}' | not aic-opt -o %t.out
// RUN: FileCheck %s --input-file=%t.out
// RUN: not aic-opt %s -o %t.missing-dir/out.mlir 2>&1 | FileCheck %s --check-prefix=DIR
// A module that parses but does not verify leaves nothing, not even a temporary file.
// RUN: rm -rf %t.d && mkdir %t.d
// RUN: echo 'module attributes {x = 1} {}' | not aic-opt -o %t.d/out.mlir 2>&1 | FileCheck %s --check-prefix=VERIFY
// RUN: ls -A %t.d | FileCheck %s --allow-empty --check-prefix=NOTHING

// CHECK: module attributes {test.kept}
module attributes {test.kept} {}

// ERR: <stdin>:1:1: error: custom op 'func' is unknown (tried 'builtin.func' as well)
// DIR: cannot open output file '{{.*}}.missing-dir/out.mlir': No such file or directory
// VERIFY: error: 'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'x'
// NOTHING-NOT: {{.}}
