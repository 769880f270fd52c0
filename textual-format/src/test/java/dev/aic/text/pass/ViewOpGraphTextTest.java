package dev.aic.text.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.pass.OpPassManager;
import dev.aic.ir.pass.PassManager;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code view-op-graph} writes the DOT text mlir-opt 22 writes. Each input in {@code
 * resources/dev/aic/text/pass/view-op-graph/} has next to it the graph {@code mlir-opt-22
 * --allow-unregistered-dialect X.mlir --view-op-graph 2>X.dot} wrote; where mlir-opt is installed,
 * every input is also compared with it live under several option sets.
 */
class ViewOpGraphTextTest {
  private static final Path MLIR_OPT = Path.of("/usr/lib/llvm-22/bin/mlir-opt");

  /** Option sets to compare: each option away from its default, and some together. */
  private static final List<String> OPTIONS =
      List.of(
          "",
          "print-attrs=false",
          "print-result-types=false",
          "print-control-flow-edges=true",
          "print-data-flow-edges=false",
          "max-label-len=0",
          "max-label-len=7 print-control-flow-edges=true print-attrs=true",
          "print-attrs=false print-result-types=false print-data-flow-edges=false");

  private static Path inputs() {
    try {
      return Path.of(
          ViewOpGraphTextTest.class.getResource("/dev/aic/text/pass/view-op-graph").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> inputFiles() {
    try (Stream<Path> files = Files.list(inputs())) {
      return files.filter(p -> p.toString().endsWith(".mlir")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What aic's pass writes for {@code text} run as {@code builtin.module(pipeline)}. */
  private static String aicGraph(String name, String text, String pipeline) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    Operation module = MlirParser.parse(context, new SourceFile(name, text)).orElseThrow();
    StringBuilder out = new StringBuilder();
    PassManager pm =
        new PassManager(
                OpPassManager.parse("builtin.module(" + pipeline + ")", PassRegistry.global()))
            .setThreads(1)
            .setOutput(out);
    assertTrue(pm.run(module));
    return out.toString();
  }

  private static String aicGraph(Path file, String options) throws IOException {
    String pass = options.isEmpty() ? "view-op-graph" : "view-op-graph{" + options + "}";
    return aicGraph(file.getFileName().toString(), Files.readString(file), pass);
  }

  @TestFactory
  Stream<DynamicTest> matchesTheGraphsMlirOptWrote() {
    return inputFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      Path dot = Path.of(file.toString().replaceFirst("\\.mlir$", ".dot"));
                      assertEquals(Files.readString(dot), aicGraph(file, ""));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> matchesMlirOptWithEveryOptionSet() {
    return inputFiles().stream()
        .flatMap(
            file ->
                OPTIONS.stream()
                    .map(
                        options ->
                            DynamicTest.dynamicTest(
                                file.getFileName() + " {" + options + "}",
                                () -> {
                                  assumeTrue(
                                      Files.isExecutable(MLIR_OPT), "mlir-opt 22 is not installed");
                                  assertEquals(
                                      mlirOptGraph(file, options), aicGraph(file, options));
                                })));
  }

  @Test
  void huesRoundHalfToEvenAsCppToStringDoes() throws IOException {
    String graph = aicGraph(inputs().resolve("many-names.mlir"), "");
    // 128 names: the second and fourth hues are 1/128 = 0.0078125 and 3/128 = 0.0234375, exact
    // ties at six decimals that printf's %f rounds to even (Java's %f would round both up).
    assertTrue(graph.contains("fillcolor = \"0.007812 0.3 0.95\""), graph);
    assertTrue(graph.contains("fillcolor = \"0.023438 0.3 0.95\""), graph);
  }

  @Test
  void eachRunOnANestedOpWritesAGraphOfItsOwn() {
    String input =
        """
        module @a {
          %0 = "foo.a"() : () -> i32
          "foo.b"(%0) : (i32) -> ()
        }
        module @b {
          "foo.c"() : () -> ()
        }
        """;
    String graphs = aicGraph("two.mlir", input, "builtin.module(view-op-graph)");
    String[] parts = graphs.split("(?=digraph G \\{)");
    assertEquals(2, parts.length, graphs);
    // Values are named as printAsOperand names them, from the outermost module.
    assertTrue(parts[0].contains("v5:res_0:s -> v6:arg_0:n[style = solid];"), parts[0]);
    // Unlike MLIR, whose single-threaded pass instance keeps its counter and pending edges from
    // one op to the next, the second graph numbers from 1 and has no edge of the first.
    assertTrue(parts[1].contains("subgraph cluster_1 {"), parts[1]);
    assertFalse(parts[1].contains("->"), parts[1]);
  }

  /** Runs mlir-opt's pass on {@code file} and returns what it wrote to standard error. */
  private static String mlirOptGraph(Path file, String options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(MLIR_OPT.toString());
    command.add("--allow-unregistered-dialect");
    command.add(file.toString());
    command.add(options.isEmpty() ? "--view-op-graph" : "--view-op-graph=" + options);
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "mlir-opt did not finish");
    assertEquals(0, process.exitValue(), err);
    return err;
  }
}
