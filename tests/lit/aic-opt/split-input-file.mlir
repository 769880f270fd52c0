// Chunks are processed independently and their outputs joined by the output marker. (Check
// lines spell the marker as a regex: a line holding the marker text splits the file wherever it
// is, as in mlir-opt.)
// RUN: aic-opt %s --split-input-file | FileCheck %s
// RUN: aic-opt %s --split-input-file --output-split-marker='// ====' | FileCheck %s --check-prefix=MARKER
// Without splitting, the markers are comments and the modules share one implicit module.
// RUN: aic-opt %s | FileCheck %s --check-prefix=WHOLE

module attributes {test.chunk = 1} {}
// -----
module attributes {test.chunk = 2} {}

// CHECK:      module attributes {test.chunk = 1 : i64} {
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: {{//}} -----
// CHECK-NEXT: module attributes {test.chunk = 2 : i64} {

// MARKER:      // ====
// MARKER-NOT:  {{//}} -----

// WHOLE:      module {
// WHOLE-NEXT:   module attributes {test.chunk = 1 : i64} {
// WHOLE-NEXT:   }
// WHOLE-NEXT:   module attributes {test.chunk = 2 : i64} {
