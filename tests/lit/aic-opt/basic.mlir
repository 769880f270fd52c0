// The input comes from a file, standard input or '-'; the output goes to standard output or -o,
// and aic-opt reads its own output back unchanged.
// RUN: aic-opt %s | FileCheck %s
// RUN: aic-opt < %s | FileCheck %s
// RUN: aic-opt - < %s | FileCheck %s
// RUN: aic-opt %s -o %t && FileCheck %s --input-file=%t
// RUN: aic-opt %s | aic-opt | FileCheck %s

// CHECK-LABEL: module @outer attributes {test.name = "basic"} {
// CHECK-NEXT:    module @inner {
// CHECK-NEXT:    }
// CHECK-NEXT:  }
module @outer attributes {test.name = "basic"} {
  module @inner {}
}
