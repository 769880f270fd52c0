// RUN: not aic-opt %s -p 'builtin.module(strip-debugnfo)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not aic-opt %s -p 'builtin.module(print-op-stats{jsn=1})' 2>&1 | FileCheck %s --check-prefix=OPTION
// RUN: not aic-opt %s -p 'builtin.module(builtin.module(print-ir)' 2>&1 | FileCheck %s --check-prefix=PAREN
// RUN: not aic-opt %s -p 'strip-debuginfo' 2>&1 | FileCheck %s --check-prefix=ANCHOR
// RUN: not aic-opt %s -p 'builtin.module(test.op(print-ir))' 2>&1 | FileCheck %s --check-prefix=UNREGISTERED
// RUN: not aic-opt %s -p 'builtin.module(strip-debuginfo)' --print-op-stats 2>&1 | FileCheck %s --check-prefix=MIXED

// UNKNOWN: error: MLIR Textual PassPipeline Parser:1:16: error: 'strip-debugnfo' does not refer to a registered pass or pass pipeline; did you mean 'strip-debuginfo'?
// UNKNOWN-NEXT: builtin.module(strip-debugnfo)
// UNKNOWN-NEXT: {{^               \^$}}

// OPTION: error: MLIR Textual PassPipeline Parser:1:31: error: no such option jsn; did you mean 'json'?
// OPTION-NEXT: builtin.module(print-op-stats{jsn=1})
// OPTION-NEXT: {{^                              \^$}}

// PAREN: error: MLIR Textual PassPipeline Parser:1:15: error: encountered unbalanced parentheses while parsing pipeline

// ANCHOR: error: MLIR Textual PassPipeline Parser:1:1: error: expected pass pipeline to be wrapped with the anchor operation type, e.g. 'builtin.module(...)'

// UNREGISTERED: error: MLIR Textual PassPipeline Parser:1:16: error: trying to schedule a pass on an unregistered operation 'test.op'

// MIXED: error: '-pass-pipeline' option can't be used with individual pass options

module {}
