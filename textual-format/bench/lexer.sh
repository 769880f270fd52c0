#!/usr/bin/env bash
# The lexer alone, with JMH: aic's ChunkLexer (ANTLR's cached DFA walked in a loop) against ANTLR's
# simulator driving the same generated lexer (dev.aic.text.parse.LexerBenchmark, docs/perf.md).
#   textual-format/bench/lexer.sh [JMH options, e.g. -p ops=1000000]
# Needs `mvn -q -DskipTests install` first (the benchmark is compiled with the module's tests).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root/textual-format"
deps=$(mktemp)
trap 'rm -f "$deps"' EXIT
mvn -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$deps" >/dev/null
java -cp "target/test-classes:target/classes:$(<"$deps")" org.openjdk.jmh.Main \
  'dev.aic.text.parse.LexerBenchmark' "$@"
