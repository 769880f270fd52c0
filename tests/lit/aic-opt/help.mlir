// --help, --help-hidden, --version and --show-dialects print and exit.
// RUN: aic-opt --help | FileCheck %s
// RUN: aic-opt -h | FileCheck %s
// RUN: aic-opt --help-hidden | FileCheck %s --check-prefix=HIDDEN
// RUN: aic-opt --version | FileCheck %s --check-prefix=VERSION
// RUN: aic-opt --show-dialects | FileCheck %s --check-prefix=DIALECTS

// CHECK:      OVERVIEW: aic modular optimizer driver
// CHECK-EMPTY:
// CHECK-NEXT: Available Dialects: {{.*}}builtin
// CHECK-NEXT: USAGE: aic-opt [options] <input file>
// CHECK-EMPTY:
// CHECK-NEXT: OPTIONS:
// CHECK-EMPTY:
// CHECK-NEXT: General options:
// CHECK-EMPTY:
// CHECK-NEXT:   --allow-unregistered-dialect - Allow operation with no registered dialects
// CHECK:        -o <filename> - Output filename
// CHECK:      Generic Options:
// CHECK:        --help - Display available options (--help-hidden for more)
// CHECK-NOT:    --help-hidden
// CHECK:        --version - Display the version of this program
// CHECK:      IR Printing Options:

// HIDDEN: -p - Alias for --pass-pipeline
// HIDDEN: -h - Alias for --help
// HIDDEN: --help-hidden - Display all available options
// HIDDEN: --mlir-print-op-generic - Print the generic op form

// VERSION: aic version {{[0-9]}}
// DIALECTS: Available Dialects: {{.*}}builtin
