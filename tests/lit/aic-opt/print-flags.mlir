// Printing flags, each checked against what mlir-opt-22 prints for this file.
// RUN: aic-opt --allow-unregistered-dialect %s | FileCheck %s --check-prefix=DEFAULT
// RUN: aic-opt --allow-unregistered-dialect --mlir-print-op-generic %s | FileCheck %s --check-prefix=GENERIC
// RUN: aic-opt --allow-unregistered-dialect --mlir-print-debuginfo %s | FileCheck %s --check-prefix=DEBUGINFO
// RUN: aic-opt --allow-unregistered-dialect --mlir-print-local-scope %s | FileCheck %s --check-prefix=LOCAL
// RUN: aic-opt --allow-unregistered-dialect --mlir-elide-elementsattrs-if-larger=3 %s | FileCheck %s --check-prefix=ELIDE
// RUN: aic-opt --allow-unregistered-dialect --mlir-print-unique-ssa-ids %s | FileCheck %s --check-prefix=UNIQUE

#m = affine_map<(d0) -> (d0 + 1)>
"test.outer"() ({
  %0 = "test.a"() {map = #m, big = dense<[1, 2, 3, 4]> : tensor<4xi32>} : () -> i32
  "test.b"(%0) : (i32) -> ()
}, {
  %0 = "test.c"() : () -> i32
}) : () -> ()

// DEFAULT: #map = affine_map<(d0) -> (d0 + 1)>
// DEFAULT-NEXT: module {
// DEFAULT-NEXT:   "test.outer"() ({
// DEFAULT-NEXT:     %0 = "test.a"() {big = dense<[1, 2, 3, 4]> : tensor<4xi32>, map = #map} : () -> i32
// DEFAULT-NEXT:     "test.b"(%0) : (i32) -> ()
// DEFAULT-NEXT:   }, {
// DEFAULT-NEXT:     %0 = "test.c"() : () -> i32
// DEFAULT-NEXT:   }) : () -> ()
// DEFAULT-NEXT: }

// GENERIC: "builtin.module"() ({
// GENERIC-NEXT:   "test.outer"() ({
// GENERIC-NEXT:     %1 = "test.a"()
// GENERIC-NEXT:     "test.b"(%1) : (i32) -> ()
// GENERIC-NEXT:   }, {
// GENERIC-NEXT:     %0 = "test.c"() : () -> i32
// GENERIC-NEXT:   }) : () -> ()
// GENERIC-NEXT: }) : () -> ()

// DEBUGINFO:      %0 = "test.a"() {{.*}} : () -> i32 loc(#loc2)
// DEBUGINFO:      } loc(#loc)
// DEBUGINFO-NEXT: #loc = loc("{{.*}}print-flags.mlir":0:0)
// DEBUGINFO-NEXT: #loc1 = loc("{{.*}}print-flags.mlir":10:1)
// DEBUGINFO-NEXT: #loc2 = loc("{{.*}}print-flags.mlir":11:8)

// LOCAL-NOT: #map =
// LOCAL: map = affine_map<(d0) -> (d0 + 1)>

// ELIDE: big = dense_resource<__elided__> : tensor<4xi32>

// UNIQUE:      %1 = "test.a"()
// UNIQUE:      "test.b"(%1) : (i32) -> ()
// UNIQUE:      %0 = "test.c"() : () -> i32
