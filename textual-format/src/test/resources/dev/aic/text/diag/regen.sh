#!/bin/sh
# Regenerates the golden outputs of the diagnostics tests with MLIR 22's mlir-opt.
# Run from this directory: sh regen.sh
set -u
MLIR_OPT=${MLIR_OPT:-mlir-opt-22}
cd render
for f in *.mlir; do "$MLIR_OPT" "$f" >/dev/null 2>"${f%.mlir}.err"; done
cd ../split
for f in s.mlir s2.mlir s3.mlir s4.mlir t.mlir; do
  "$MLIR_OPT" --split-input-file "$f" >"${f%.mlir}.out" 2>"${f%.mlir}.err"
done
"$MLIR_OPT" '--split-input-file=// ====' m.mlir >m.out 2>m.err
"$MLIR_OPT" '--split-input-file=// ===' m.mlir >m3.out 2>m3.err
"$MLIR_OPT" '--split-input-file=// ====' --output-split-marker=@@ m.mlir >m-at.out 2>/dev/null
"$MLIR_OPT" --split-input-file --output-split-marker= t.mlir >t-empty.out 2>/dev/null
cd ../verify
for f in *.mlir; do
  "$MLIR_OPT" --split-input-file --verify-diagnostics "$f" >/dev/null 2>"${f%.mlir}.err"
  echo $? >"${f%.mlir}.rc"
done
"$MLIR_OPT" --split-input-file --verify-diagnostics=only-expected v2.mlir >/dev/null 2>v2-only.err
echo $? >v2-only.rc
