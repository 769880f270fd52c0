// --no-implicit-module: the file's single top-level op is processed and printed as it is.
// RUN: aic-opt %s --allow-unregistered-dialect --no-implicit-module | FileCheck %s
// RUN: aic-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=IMPLICIT
// RUN: echo '"a.b"() : () -> ()' > %t.two.mlir
// RUN: echo '"a.c"() : () -> ()' >> %t.two.mlir
// RUN: not aic-opt %t.two.mlir --allow-unregistered-dialect --no-implicit-module 2>&1 | FileCheck %s --check-prefix=TWO

"foo.top"() ({
  "foo.inner"() : () -> ()
}) : () -> ()

// CHECK-NOT: module
// CHECK: "foo.top"() ({
// CHECK-NEXT:   "foo.inner"() : () -> ()
// CHECK-NEXT: }) : () -> ()

// IMPLICIT: module {
// IMPLICIT-NEXT: "foo.top"() ({

// TWO: two.mlir:0:0: error: source must contain a single top-level operation, found: 2
