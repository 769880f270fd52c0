package dev.aic.text.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Files that {@code mlir-opt-22} printed (see {@code corpus/regenerate.sh}) come back byte for byte
 * when aic parses and prints them with the same flags; and where {@code mlir-opt} is installed,
 * what aic prints reads back into {@code mlir-opt} and prints the same again.
 */
class RoundTripCorpusTest {
  private static final Path MLIR_OPT = Path.of("/usr/lib/llvm-22/bin/mlir-opt");

  private static Path corpus() {
    try {
      return Path.of(RoundTripCorpusTest.class.getResource("/corpus/expected").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Path> expectedFiles() {
    try (Stream<Path> files = Files.list(corpus())) {
      return files.filter(p -> p.toString().endsWith(".mlir")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The print options matching the flags a corpus file was printed with. */
  private static PrintOptions optionsFor(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".generic.mlir")) {
      return PrintOptions.DEFAULT.withGeneric(true);
    }
    if (name.endsWith(".debuginfo.mlir")) {
      return PrintOptions.DEFAULT.withDebugInfo(true);
    }
    return PrintOptions.DEFAULT;
  }

  private static String roundTrip(Path file, String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Operation module =
          MlirParser.parse(context, new SourceFile(file.getFileName().toString(), text))
              .orElseThrow(() -> new AssertionError(capture.diagnostics().toString()));
      // mlir-opt ends its output with one more line break after the printed op.
      return AsmPrinter.print(module, optionsFor(file)) + "\n";
    }
  }

  @TestFactory
  Stream<DynamicTest> printsWhatMlirOptPrinted() {
    return expectedFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String expected = Files.readString(file, StandardCharsets.UTF_8);
                      assertEquals(expected, roundTrip(file, expected));
                    }));
  }

  @TestFactory
  Stream<DynamicTest> mlirOptReadsWhatAicPrints() {
    return expectedFiles().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      assumeTrue(Files.isExecutable(MLIR_OPT), "mlir-opt 22 is not installed");
                      String expected = Files.readString(file, StandardCharsets.UTF_8);
                      String ours = roundTrip(file, expected);
                      assertEquals(expected, mlirOpt(ours, file));
                    }));
  }

  /** Runs mlir-opt with the flags the corpus file was made with, on {@code input}. */
  private static String mlirOpt(String input, Path file) throws IOException, InterruptedException {
    String name = file.getFileName().toString();
    List<String> command =
        new java.util.ArrayList<>(List.of(MLIR_OPT.toString(), "--allow-unregistered-dialect"));
    if (name.endsWith(".generic.mlir")) {
      command.add("--mlir-print-op-generic");
    } else if (name.endsWith(".debuginfo.mlir")) {
      command.add("--mlir-print-debuginfo");
    }
    Path in = Files.createTempFile("aic-corpus", ".mlir");
    try {
      Files.writeString(in, input, StandardCharsets.UTF_8);
      command.add(in.toString());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(60, TimeUnit.SECONDS);
      assertEquals(0, process.exitValue(), out);
      // mlir-opt names the implicit module's location after the file it read.
      return out.replace(in.getFileName().toString(), name);
    } finally {
      Files.deleteIfExists(in);
    }
  }
}
