#!/usr/bin/env bash
# Start-up benchmark: median wall time of bin/aic-opt against mlir-opt-22 on a tiny file, the two
# alternated run by run so that load on the machine hits both alike (docs/perf.md).
#
#   opt-tool/bench/startup.sh [RUNS] [FILE]
#
# RUNS defaults to 21; FILE to a one-op module. AIC_JAVA_OPTS is passed on to the launcher, so
# JVM settings can be compared: AIC_JAVA_OPTS='-XX:+UseParallelGC' opt-tool/bench/startup.sh
set -eu

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-21}"
file="${2:-}"
mlir_opt="${MLIR_OPT:-mlir-opt-22}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ -z "$file" ]]; then
  file="$work/tiny.mlir"
  printf 'module attributes {test.name = "tiny"} {\n  "test.op"() : () -> ()\n}\n' >"$file"
fi

# Milliseconds one command takes, its output discarded; a failing command stops the benchmark.
millis() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# One warm-up run each fills the page cache.
"$root/bin/aic-opt" --allow-unregistered-dialect "$file" >/dev/null
"$mlir_opt" --allow-unregistered-dialect "$file" >/dev/null
for ((i = 0; i < runs; i++)); do
  millis "$root/bin/aic-opt" --allow-unregistered-dialect "$file" >>"$work/aic"
  millis "$mlir_opt" --allow-unregistered-dialect "$file" >>"$work/mlir"
done
aic=$(median <"$work/aic")
mlir=$(median <"$work/mlir")
echo "runs=$runs file=$(basename "$file") AIC_JAVA_OPTS=${AIC_JAVA_OPTS-<default>}"
echo "aic-opt   median ${aic} ms (min $(sort -n "$work/aic" | head -1))"
echo "mlir-opt  median ${mlir} ms (min $(sort -n "$work/mlir" | head -1))"
awk -v a="$aic" -v m="$mlir" 'BEGIN { printf "ratio     %.2f\n", a / m }'

# Call sites linked through invokedynamic (lambdas, method references, streams): on JDK 17 the
# first costs a run about 10 ms of method-handle set-up, so a run without passes links none.
JDK_JAVA_OPTIONS="-Xlog:methodhandles+indy=debug:file=$work/indy.log" \
  "$root/bin/aic-opt" --allow-unregistered-dialect "$file" >/dev/null 2>&1
echo "invokedynamic call sites linked by aic-opt: $(grep -c '^.*resolve_invokedynamic' "$work/indy.log" || true)"
