// --diagnostics-format=json writes one JSON object per diagnostic on standard error.
// RUN: not aic-opt %s --diagnostics-format=json 2>&1 | FileCheck %s
// RUN: not aic-opt %s --diagnostics-format=text 2>&1 | FileCheck %s --check-prefix=TEXT

module attributes {plain} {}

// CHECK: {"severity":"error","file":"{{.*}}diagnostics-format.mlir","line":5,"column":1,"message":"'builtin.module' op can only contain attributes with dialect-prefixed names, found: 'plain'","notes":[]}
// TEXT: diagnostics-format.mlir:5:1: error: 'builtin.module' op can only contain attributes
// TEXT-NEXT: module attributes {plain} {}
// TEXT-NEXT: ^
