package dev.aic.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver end to end, in-process: exit codes, output files, standard streams. Expected outputs
 * and messages are what mlir-opt-22 printed for the same input and flags.
 */
class AicOptTest {
  /** What mlir-opt prints for an empty module: the module, then an empty line. */
  private static final String MODULE = "module {\n}\n\n";

  private static final String BAD = "func() {}\n";

  @TempDir Path dir;

  private ToolRun run(String stdin, String... args) {
    return ToolRun.run(new AicOpt(), dir, stdin, args);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void isFoundByName() {
    assertTrue(
        ServiceLoader.load(Tool.class).stream()
            .anyMatch(provider -> provider.get().name().equals("aic-opt")));
  }

  @Test
  void readsStandardInputByDefault() {
    ToolRun result = run("module {}");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(MODULE, result.stdout());
    assertEquals(MODULE, run("module {}", "-").stdout());
  }

  @Test
  void badInputIsDiagnosedWithExitOne() {
    ToolRun result = run(BAD);
    assertEquals(1, result.status());
    assertEquals(
        "<stdin>:1:1: error: custom op 'func' is unknown (tried 'builtin.func' as well)\n"
            + "func() {}\n^\n",
        result.stderr());
  }

  @Test
  void badUsageExitsWithTwo() {
    ToolRun result = run("", "--no-such-flag");
    assertEquals(2, result.status());
    assertTrue(result.stderr().startsWith("aic-opt: Unknown command line argument"));
  }

  @Test
  void aMissingInputIsReported() {
    ToolRun result = run("", "missing.mlir");
    assertEquals(1, result.status());
    assertEquals(
        "cannot open input file 'missing.mlir': No such file or directory\n", result.stderr());
  }

  @Test
  void outputFileIsWrittenOnSuccess() throws IOException {
    write("in.mlir", "module {}");
    ToolRun result = run("", "in.mlir", "-o", "out.mlir");
    assertEquals(0, result.status(), result.stderr());
    assertEquals("", result.stdout());
    assertEquals(MODULE, Files.readString(dir.resolve("out.mlir")));
    assertEquals(List.of("in.mlir", "out.mlir"), files());
  }

  @Test
  void aFailedRunLeavesNoOutputFile() throws IOException {
    write("in.mlir", "module {}\n// -----\n" + BAD);
    ToolRun result = run("", "--split-input-file", "in.mlir", "-o", "out.mlir");
    assertEquals(1, result.status());
    assertEquals(List.of("in.mlir"), files());
  }

  @Test
  void aFailedRunKeepsAnOldOutputFile() throws IOException {
    write("in.mlir", BAD);
    write("out.mlir", "old");
    assertEquals(1, run("", "in.mlir", "-o", "out.mlir").status());
    assertEquals("old", Files.readString(dir.resolve("out.mlir")));
    assertEquals(List.of("in.mlir", "out.mlir"), files());
  }

  @Test
  void anUnwritableOutputIsReported() throws IOException {
    write("in.mlir", "module {}");
    ToolRun result = run("", "in.mlir", "-o", "no/such/dir/out.mlir");
    assertEquals(1, result.status());
    assertEquals(
        "cannot open output file 'no/such/dir/out.mlir': No such file or directory\n",
        result.stderr());
  }

  @Test
  void splitChunksAreJoinedWithTheOutputMarker() {
    ToolRun result =
        run(
            "module {}\n// -----\nmodule {}\n",
            "--split-input-file",
            "--output-split-marker=// ==");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(MODULE + "// ==\n" + MODULE, result.stdout());
  }

  @Test
  void theInputMarkerCanBeChosen() {
    ToolRun result =
        run("module {}\n//==\nmodule {}\n", "--split-input-file=//==", "--output-split-marker=;");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(MODULE + ";\n" + MODULE, result.stdout());
  }

  @Test
  void aSplitMarkerTooShortToFindIsBadUsage() {
    ToolRun result = run("module {}\n", "--split-input-file=0");
    assertEquals(2, result.status());
    assertEquals(
        "aic-opt: for the --split-input-file option: the marker '0' is shorter than 3 characters\n",
        result.stderr());
  }

  @Test
  void aBugIsAnInternalErrorNotAStackTrace() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("broken stream");
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io =
        new ToolIO(
            broken,
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            Map.of());
    assertEquals(1, new AicOpt().run(List.of(), io));
    assertEquals(
        "error: internal compiler error: java.lang.IllegalStateException: broken stream\n",
        err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void expectedDiagnosticsMakeARunSucceed() {
    String input = "// expected-error@+1 {{custom op 'func' is unknown}}\n" + BAD;
    assertEquals(0, run(input, "--verify-diagnostics").status());
    assertEquals(1, run(BAD, "--verify-diagnostics").status());
    // only-expected lets unexpected diagnostics pass.
    assertEquals(0, run(BAD, "--verify-diagnostics=only-expected").status());
    assertEquals(1, run(BAD, "--verify-diagnostics=all").status());
  }

  @Test
  void unregisteredOpsNeedTheFlag() {
    String op = "\"foo.bar\"() : () -> ()\n";
    assertEquals(1, run(op).status());
    ToolRun result = run(op, "--allow-unregistered-dialect");
    assertEquals(0, result.status(), result.stderr());
    assertEquals("module {\n  \"foo.bar\"() : () -> ()\n}\n\n", result.stdout());
  }

  @Test
  void withoutImplicitModuleTheSingleOpIsPrintedAsItIs() {
    ToolRun one =
        run("\"foo.bar\"() : () -> ()\n", "--allow-unregistered-dialect", "--no-implicit-module");
    assertEquals("\"foo.bar\"() : () -> ()\n\n", one.stdout());
    ToolRun two =
        run(
            "\"foo.bar\"() : () -> ()\n\"foo.baz\"() : () -> ()\n",
            "--allow-unregistered-dialect",
            "--no-implicit-module");
    assertEquals(1, two.status());
    assertEquals(
        "<stdin>:0:0: error: source must contain a single top-level operation, found: 2\n",
        two.stderr());
    assertEquals(MODULE, run("module {}", "--no-implicit-module").stdout());
  }

  @Test
  void printingFlagsReachThePrinter() {
    String op = "\"foo.bar\"() {v = dense<[1, 2, 3]> : tensor<3xi32>} : () -> ()\n";
    ToolRun elided =
        run(op, "--allow-unregistered-dialect", "--mlir-elide-elementsattrs-if-larger=2");
    assertTrue(elided.stdout().contains("dense_resource<__elided__>"), elided.stdout());
    ToolRun located = run("module {}", "--mlir-print-debuginfo");
    assertTrue(located.stdout().contains("loc("), located.stdout());
  }

  @Test
  void anUnknownPassIsAnErrorAndAnEmptyPipelineIsNot() {
    ToolRun result = run("module {}", "-p", "builtin.module(no-such-pass)");
    assertEquals(1, result.status());
    assertTrue(
        result.stderr().startsWith("<unknown>:0: error: MLIR Textual PassPipeline Parser:"),
        result.stderr());
    assertEquals(0, run("module {}", "--pass-pipeline=").status());
  }

  @Test
  void jsonDiagnosticsAreOneObjectPerLine() {
    ToolRun result = run(BAD, "--diagnostics-format=json");
    assertEquals(1, result.status());
    assertEquals(
        "{\"severity\":\"error\",\"file\":\"<stdin>\",\"line\":1,\"column\":1,\"message\":"
            + "\"custom op 'func' is unknown (tried 'builtin.func' as well)\",\"notes\":[]}\n",
        result.stderr());
  }

  @Test
  void informationFlagsExitWithZero() {
    ToolRun help = run("", "--help");
    assertEquals(0, help.status());
    assertTrue(
        help.stdout().contains("Available Dialects: builtin\nUSAGE: aic-opt"), help.stdout());
    assertEquals(help.stdout(), run("", "-h").stdout());
    ToolRun dialects = run("", "--show-dialects");
    assertEquals("Available Dialects: builtin\n", dialects.stdout());
    ToolRun version = run("", "--version");
    assertEquals(0, version.status());
    assertTrue(version.stdout().startsWith("aic version "), version.stdout());
    assertFalse(version.stdout().contains("${"), version.stdout());
  }
}
