// --emit=json writes the IR as JSON (schema in docs/aic-opt.md).
// RUN: aic-opt %s --allow-unregistered-dialect --emit=json | FileCheck %s

"test.func"() ({
^bb0(%a: i32):
  %0 = "test.add"(%a, %a) {fast} : (i32, i32) -> i32
  "test.return"(%0) : (i32) -> ()
}) : () -> ()

// CHECK:      "format": "aic-ir",
// CHECK-NEXT: "version": 1,
// CHECK-NEXT: "operation": {
// CHECK-NEXT:   "name": "builtin.module",
// CHECK:          "name": "test.func",
// CHECK:          "id": "^bb{{[0-9]+}}",
// CHECK-NEXT:     "arguments": [ {
// CHECK-NEXT:       "id": "[[A:%[0-9]+]]",
// CHECK-NEXT:       "type": "i32"
// CHECK:            "name": "test.add",
// CHECK-NEXT:       "location": "loc(\"{{.*}}emit-json.mlir\":6:8)",
// CHECK-NEXT:       "operands": [ {
// CHECK-NEXT:         "id": "[[A]]",
// CHECK:            "results": [ {
// CHECK-NEXT:         "id": "[[SUM:%[0-9]+]]",
// CHECK-NEXT:         "type": "i32"
// CHECK:            "attributes": {
// CHECK-NEXT:         "fast": "unit"
// CHECK:            "name": "test.return",
// CHECK:            "operands": [ {
// CHECK-NEXT:         "id": "[[SUM]]",
