package dev.aic.text.parse;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The lexer alone (bench/lexer.sh, docs/perf.md): {@link ChunkLexer}, which walks ANTLR's cached
 * DFA itself, against ANTLR's own simulator driving the same generated lexer, over generic IR of
 * the shape of the shared {@code chain} benchmark. Both count the tokens the parser would see.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms2g", "-Xmx2g"})
public class LexerBenchmark {
  /** How many ops the generated source holds. */
  @Param("100000")
  public int ops;

  private SourceFile source;

  /** Generic ops as {@code mlir-opt --mlir-print-op-generic} prints the chain shape. */
  @Setup
  public void generate() {
    StringBuilder text = new StringBuilder("\"builtin.module\"() ({\n");
    text.append("  ^bb0(%arg0: i32, %arg1: i32):\n");
    for (int i = 0; i < ops; i++) {
      String lhs = i == 0 ? "%arg0" : "%" + (i - 1);
      text.append("    %").append(i).append(" = \"arith.addi\"(").append(lhs).append(", %arg1)");
      text.append(" <{overflowFlags = #arith.overflow<none>}> : (i32, i32) -> i32\n");
    }
    text.append("}) : () -> ()\n");
    source = new SourceFile("bench.mlir", text.toString());
  }

  /** aic's driver: the DFA walked in a loop, ANTLR only for edges it has not cached. */
  @Benchmark
  public int chunkLexer() {
    ChunkLexer lexer = new ChunkLexer(source);
    TokenChunk chunk = new TokenChunk();
    int tokens = 0;
    do {
      lexer.fill(chunk);
      tokens += chunk.count;
    } while (!chunk.last);
    return tokens;
  }

  /** ANTLR's simulator, one {@code nextToken()} call per token, whitespace dropped afterwards. */
  @Benchmark
  public int antlr() {
    MlirLexer lexer = new MlirLexer(new StringCharStream(source.text(), source.name()));
    lexer.removeErrorListeners();
    int tokens = 0;
    int kind;
    do {
      kind = lexer.nextToken().getType();
      if (kind != MlirLexer.WHITESPACE && kind != MlirLexer.LINE_COMMENT) {
        tokens++;
      }
    } while (kind != TokenCursor.EOF);
    return tokens;
  }
}
