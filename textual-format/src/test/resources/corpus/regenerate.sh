#!/usr/bin/env bash
# Regenerates the expected outputs of the round-trip corpus with the real mlir-opt 22:
# for each input/X.mlir, expected/X.{pretty,generic,debuginfo}.mlir are what mlir-opt prints.
# aic must print the same bytes after parsing any of them (RoundTripCorpusTest).
set -euo pipefail
cd "$(dirname "$0")"
opt=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
mkdir -p expected
for input in input/*.mlir; do
  name=$(basename "$input" .mlir)
  "$opt" --allow-unregistered-dialect "$input" -o "expected/$name.pretty.mlir"
  "$opt" --allow-unregistered-dialect --mlir-print-op-generic "$input" -o "expected/$name.generic.mlir"
  "$opt" --allow-unregistered-dialect --mlir-print-debuginfo "$input" -o "expected/$name.debuginfo.mlir"
done
