package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import dev.aic.text.MlirParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import dev.aic.text.SourceFile;
import dev.aic.text.builtin.ModuleOp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Big IR printed to a stream is printed in two halves on two threads; the text must be what one
 * thread prints (into a {@link StringBuilder}, which is never split), custom forms and the default
 * dialect of the enclosing op included.
 */
class ParallelPrintTest {
  private final Ir ir = new Ir();
  private final Set<String> probeThreads = ConcurrentHashMap.newKeySet();

  ParallelPrintTest() {
    ir.ctx.loadDialect(new ProbeDialect());
  }

  /** {@code func.func @f} around {@code ops} ops, some of them nested ops, probes, constants. */
  private Operation function(int ops) {
    ModuleOp module = ir.module();
    Block body = ir.func(module, "f", List.of(ir.i32), List.of(ir.i32));
    Value last = body.argument(0);
    for (int i = 0; i < ops; i++) {
      if (i % 5000 == 4999) {
        Operation outer = ir.append(body, ir.state("u.region").addOperand(last).addRegion());
        Block inner = ir.block(outer.region(0), ir.i32);
        ir.append(inner, "u.inner", List.of(inner.argument(0), last));
      } else if (i % 1000 == 999) {
        ir.append(body, "probe.op", List.of());
      } else {
        last = ir.append(body, "u.add", List.of(last, body.argument(0)), ir.i32).result(0);
      }
    }
    ir.append(body, "func.return", List.of(last));
    return module.op();
  }

  private static String printedOnOneThread(Operation op, PrintOptions options) {
    return AsmPrinter.print(op, options);
  }

  private static String printedToAStream(Operation op, PrintOptions options) {
    StringWriter out = new StringWriter();
    AsmPrinter.print(op, options, out);
    return out.toString();
  }

  @Test
  void aBigBlockPrintsAsOneThreadPrintsIt() {
    Operation module = function(80_000);
    String expected = printedOnOneThread(module, PrintOptions.DEFAULT);
    assertEquals(Set.of(Thread.currentThread().getName()), probeThreads);
    probeThreads.clear();
    assertEquals(expected, printedToAStream(module, PrintOptions.DEFAULT));
    assertTrue(probeThreads.contains("aic-printer"), probeThreads::toString);
    // The return in the half printed by the second thread still drops its default dialect.
    assertTrue(expected.matches("(?s).*\n    return %\\d+ : i32\n  }\n}\n?"));
  }

  @Test
  void genericFormsPrintAsOneThreadPrintsThem() {
    Operation module = function(80_000);
    PrintOptions generic = PrintOptions.DEFAULT.withGeneric(true);
    assertEquals(printedOnOneThread(module, generic), printedToAStream(module, generic));
  }

  /**
   * The parsed text {@code header}, then a {@code u.graph} op holding 70,000 ops, the i-th written
   * as {@code line.apply(i)}: enough values to be printed on two threads.
   */
  private Operation graph(String header, IntFunction<String> line) {
    StringBuilder text = new StringBuilder(header).append("\"u.graph\"() ({\n");
    for (int i = 0; i < 70_000; i++) {
      text.append("  ").append(line.apply(i)).append('\n');
    }
    text.append("}) : () -> ()\n");
    return MlirParser.parse(ir.ctx, new SourceFile("t.mlir", text.toString())).orElseThrow();
  }

  @Test
  void aliasesPrintTheSameOnTwoThreads() {
    Operation module =
        graph(
            "#map = affine_map<(d0, d1) -> (d1, d0)>\n",
            i ->
                "%"
                    + i
                    + " = \"u.op\"() {m = #map, s = affine_map<(d0) -> (d0 + "
                    + i % 3
                    + ")>} : () -> memref<4xf32, strided<[1], offset: ?>>");
    for (PrintOptions options :
        List.of(PrintOptions.DEFAULT, PrintOptions.DEFAULT.withGeneric(true))) {
      String expected = printedOnOneThread(module, options);
      assertTrue(
          expected.startsWith("#map = affine_map<(d0, d1) -> (d1, d0)>\n#map1 = "),
          () -> expected.substring(0, 200));
      assertEquals(expected, printedToAStream(module, options));
    }
  }

  @Test
  void theSecondHalfReachesUtf8OutputAsTheSameBytes() throws IOException {
    // Opaque dialect types keep text beyond ASCII as written: two-byte and four-byte characters
    // in both halves, the second of which is encoded on its own thread.
    Operation module =
        graph(
            "",
            i ->
                i % 1000 == 999
                    ? "\"probe.op\"() : () -> ()"
                    : "%"
                        + i
                        + " = \"u.op\"() : () -> !u.t<\"caf\u00e9 \ud83d\ude00 "
                        + i % 7
                        + "\">");
    String expected = printedOnOneThread(module, PrintOptions.DEFAULT);
    assertTrue(expected.contains("!u.t<\"caf\u00e9 \ud83d\ude00 6\">\n"));
    probeThreads.clear();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AsmPrinter.print(module, PrintOptions.DEFAULT, new Utf8Output(bytes));
    assertTrue(probeThreads.contains("aic-printer"), probeThreads::toString);
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
  }

  @Test
  void smallIrPrintsOnOneThread() {
    Operation module = function(2_000);
    printedToAStream(module, PrintOptions.DEFAULT);
    assertEquals(Set.of(Thread.currentThread().getName()), probeThreads);
  }

  /** {@code probe.op}, whose printer records the threads it runs on. */
  private final class ProbeDialect extends Dialect {
    ProbeDialect() {
      super("probe");
    }

    @Override
    protected void initialize(Context context) {
      context.registerOperation(
          OpDefinition.builder("probe.op")
              .implement(
                  OpSyntax.class,
                  new TestDialect.PrintOnlySyntax() {
                    @Override
                    public void print(Operation op, OpAsmPrinter p) {
                      probeThreads.add(Thread.currentThread().getName());
                    }
                  })
              .build());
    }
  }
}
