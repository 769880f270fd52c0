// LLVM's command-line conventions and messages, as mlir-opt-22 prints them.
// RUN: not aic-opt --foo %s 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not aic-opt --split-input-fil %s 2>&1 | FileCheck %s --check-prefix=NEAR
// RUN: not aic-opt --allow-unregistered-dialect=foo %s 2>&1 | FileCheck %s --check-prefix=BOOL
// RUN: not aic-opt %s -o 2>&1 | FileCheck %s --check-prefix=VALUE
// RUN: not aic-opt %s %s 2>&1 | FileCheck %s --check-prefix=POSITIONAL
// RUN: not aic-opt --verify-diagnostics=bad %s 2>&1 | FileCheck %s --check-prefix=CHOICE
// RUN: not aic-opt --mlir-elide-elementsattrs-if-larger=abc %s 2>&1 | FileCheck %s --check-prefix=UINT
// RUN: not aic-opt %t.does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: aic-opt -allow-unregistered-dialect --mlir-print-op-generic=true %s | FileCheck %s --check-prefix=DASHES

module {}

// UNKNOWN:      aic-opt: Unknown command line argument '--foo'.  Try: 'aic-opt --help'
// UNKNOWN-NEXT: aic-opt: Did you mean '-o'?
// NEAR:         aic-opt: Did you mean '--split-input-file'?
// BOOL:         aic-opt: for the --allow-unregistered-dialect option: 'foo' is invalid value for boolean argument! Try 0 or 1
// VALUE:        aic-opt: for the -o option: requires a value!
// POSITIONAL:      aic-opt: Too many positional arguments specified!
// POSITIONAL-NEXT: Can specify at most 1 positional arguments: See: aic-opt --help
// CHOICE:       aic-opt: for the --verify-diagnostics option: Cannot find option named 'bad'!
// UINT:         aic-opt: for the --mlir-elide-elementsattrs-if-larger option: 'abc' value invalid for uint argument!
// MISSING:      cannot open input file '{{.*}}does-not-exist.mlir': No such file or directory
// DASHES:       "builtin.module"() ({
