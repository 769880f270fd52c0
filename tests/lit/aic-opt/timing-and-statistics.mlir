// RUN: aic-opt %s -p 'builtin.module(strip-debuginfo, builtin.module(test-stats-pass), builtin.module(builtin.module(print-ir)))' --mlir-timing -o /dev/null 2>&1 | FileCheck %s --check-prefix=TIMING
// RUN: aic-opt %s -p 'builtin.module(test-stats-pass, builtin.module(test-stats-pass))' --mlir-pass-statistics -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE
// RUN: aic-opt %s -p 'builtin.module(test-stats-pass, builtin.module(test-stats-pass))' --mlir-pass-statistics --mlir-pass-statistics-display=list -o /dev/null 2>&1 | FileCheck %s --check-prefix=LIST

// TIMING: ... Execution time report ...
// TIMING: ----Wall Time----  ----Name----
// TIMING-NEXT: Parser
// TIMING-NEXT: StripDebugInfo
// TIMING-NEXT: 'builtin.module' Pipeline
// TIMING-NEXT:   TestStatisticPass
// TIMING-NEXT: 'builtin.module' Pipeline
// TIMING-NEXT:   'builtin.module' Pipeline (matched no operation)
// TIMING-NEXT:     PrintIRPass
// TIMING-NEXT: Output
// TIMING-NEXT: Rest
// TIMING-NEXT: (100.0%)  Total

// PIPELINE: ... Pass statistics report ...
// PIPELINE: TestStatisticPass
// PIPELINE-NEXT:   (S) 2 num-ops - Number of operations counted
// PIPELINE-NEXT: 'builtin.module' Pipeline
// PIPELINE-NEXT:   TestStatisticPass
// PIPELINE-NEXT:     (S) 1 num-ops - Number of operations counted

// LIST: ... Pass statistics report ...
// LIST: TestStatisticPass
// LIST-NEXT:   (S) 3 num-ops - Number of operations counted

module {
  module @inner {}
}
