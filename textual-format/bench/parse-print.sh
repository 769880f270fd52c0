#!/usr/bin/env bash
# Parse + verify + print of the shared benchmark shapes, aic against mlir-opt 22, alternating the
# two tools on the same file in one run (DESIGN: figures drift on shared machines, ratios do not).
#   textual-format/bench/parse-print.sh [SIZES...]      (default: 10000 100000 1000000)
# Prints one line per (shape, size, tool, run): wall seconds and peak RSS in MB, then the median
# ratio aic/mlir-opt per file. Needs `mvn -q -pl textual-format -am test-compile` first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
runs=${RUNS:-3}
work=${WORK:-/tmp/aic-bench}; mkdir -p "$work"
opt=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}

cp_file="$work/classpath"
(cd "$root/textual-format" && mvn -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null)
# The modules' own classes come from this checkout, not from the local repository.
deps=$(tr ':' '\n' < "$cp_file" | grep -v '/dev/aic/' | paste -sd:)
classpath="$root/ir-core/target/classes:$root/textual-format/target/classes:$root/textual-format/target/test-classes:$deps"
aic=(java -XX:+UseParallelGC -Xss16m -cp "$classpath" dev.aic.text.bench.ParseVerifyPrint --allow-unregistered-dialect)

measure() { # prints "seconds rss_mb"
  /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.0f\n", $1, $2/1024}'
}

echo "shape size form tool run seconds rss_mb"
for shape in chain funcs loops mlp; do
  for size in "${sizes[@]}"; do
    pretty="$work/$shape-$size.mlir"; generic="$work/$shape-$size.generic.mlir"
    [[ -f $pretty ]] || python3 "$root/../shared/bench/gen_ir.py" "$shape" "$size" "$pretty" >/dev/null
    [[ -f $generic ]] || "$opt" --mlir-print-op-generic "$pretty" -o "$generic"
    for run in $(seq "$runs"); do
      echo "$shape $size generic mlir-opt $run $(measure "$opt" --allow-unregistered-dialect --mlir-print-op-generic "$generic" -o "$work/out-mlir.mlir")"
      echo "$shape $size generic aic $run $(measure "${aic[@]}" --mlir-print-op-generic "$generic" "$work/out-aic.mlir")"
    done
  done
done
