#!/usr/bin/env bash
# Parse + verify + print of the shared benchmark shapes, aic against mlir-opt 22, alternating the
# two tools on the same file in one run (DESIGN: figures drift on shared machines, ratios do not).
#   textual-format/bench/parse-print.sh [SIZES...]      (default: 10000 100000 1000000)
# Prints one line per (shape, size, tool, run): wall seconds and peak RSS in MB, then the median
# ratio aic/mlir-opt per file. Both tools get the same arguments: bin/aic-opt, with the JVM settings
# its launcher picks by input size (docs/aic-opt.md). Needs `mvn -q -DskipTests install` first.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
sizes=("$@"); [[ ${#sizes[@]} -gt 0 ]] || sizes=(10000 100000 1000000)
runs=${RUNS:-3}
work=${WORK:-/tmp/aic-bench}; mkdir -p "$work"
opt=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
aic=("$root/bin/aic-opt")

measure() { # prints "seconds rss_mb"
  /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%s %.0f\n", $1, $2/1024}'
}

results="$work/results.txt"
echo "shape size form tool run seconds rss_mb" | tee "$results"
for shape in chain funcs loops mlp; do
  for size in "${sizes[@]}"; do
    pretty="$work/$shape-$size.mlir"; generic="$work/$shape-$size.generic.mlir"
    [[ -f $pretty ]] || python3 "$root/../shared/bench/gen_ir.py" "$shape" "$size" "$pretty" >/dev/null
    [[ -f $generic ]] || "$opt" --mlir-print-op-generic "$pretty" -o "$generic"
    for run in $(seq "$runs"); do
      args=(--allow-unregistered-dialect --mlir-print-op-generic "$generic")
      echo "$shape $size generic mlir-opt $run $(measure "$opt" "${args[@]}" -o "$work/out-mlir.mlir")" | tee -a "$results"
      echo "$shape $size generic aic $run $(measure "${aic[@]}" "${args[@]}" -o "$work/out-aic.mlir")" | tee -a "$results"
      # loops and mlp differ in property aliases while aic lacks the affine and linalg dialects
      # (docs/perf.md); any other difference is a bug.
      cmp -s "$work/out-mlir.mlir" "$work/out-aic.mlir" || echo "note: outputs differ for $shape $size" >&2
    done
  done
done

# The table of docs/perf.md: median seconds and peak RSS per file, and the ratio aic/mlir-opt.
python3 - "$results" <<'PY'
import collections, statistics, sys
runs = collections.defaultdict(list)
for line in open(sys.argv[1]).read().splitlines()[1:]:
    shape, size, _, tool, _, seconds, rss = line.split()
    runs[(shape, int(size), tool)].append((float(seconds), int(rss)))
print("| shape | ops | mlir-opt s | aic s | aic / mlir-opt | mlir-opt MB | aic MB |")
print("|---|---|---|---|---|---|---|")
for (shape, size, tool) in sorted(k for k in runs if k[2] == "aic"):
    mlir, aic = runs[(shape, size, "mlir-opt")], runs[(shape, size, "aic")]
    m, a = statistics.median(r[0] for r in mlir), statistics.median(r[0] for r in aic)
    print(f"| {shape} | {size} | {m:.2f} | {a:.2f} | {a / m:.2f} | {max(r[1] for r in mlir)} | {max(r[1] for r in aic)} |")
PY
