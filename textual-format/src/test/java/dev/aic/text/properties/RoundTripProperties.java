package dev.aic.text.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.verify.Verifier;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random modules ({@link RandomIr}) survive printing and parsing: in generic form, in default form
 * and with locations the parsed IR equals the printed IR, printing is a fixed point, both forms
 * parse to the same IR, and {@code mlir-opt} prints aic's generic form back unchanged.
 */
class RoundTripProperties {
  static final PrintOptions GENERIC = PrintOptions.DEFAULT.withGeneric(true);
  static final PrintOptions DEBUG_INFO = PrintOptions.DEFAULT.withDebugInfo(true);
  static final PrintOptions GENERIC_DEBUG_INFO = GENERIC.withDebugInfo(true);

  @Provide
  Arbitrary<Operation> modules() {
    return RandomIr.modules(40);
  }

  /** Parses {@code text} into a fresh context, failing with the diagnostics and the text. */
  static Operation parse(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      return MlirParser.parse(context, new SourceFile("p.mlir", text))
          .orElseThrow(() -> new AssertionError(capture.diagnostics() + "\nin:\n" + text));
    }
  }

  private static void assertRoundTrips(Operation module, PrintOptions options) {
    String text = AsmPrinter.print(module, options);
    Operation parsed = parse(text);
    assertNull(IrEquivalence.difference(module, parsed, options.debugInfo()), text);
    assertEquals(text, AsmPrinter.print(parsed, options));
  }

  @Property(tries = 150)
  void generatedModulesVerify(@ForAll("modules") Operation module) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(module.context().diagnostics())) {
      assertTrue(Verifier.verify(module), () -> capture.diagnostics() + "\n" + module);
    }
  }

  @Property(tries = 150)
  void genericFormRoundTrips(@ForAll("modules") Operation module) {
    assertRoundTrips(module, GENERIC);
  }

  @Property(tries = 150)
  void defaultFormRoundTrips(@ForAll("modules") Operation module) {
    assertRoundTrips(module, PrintOptions.DEFAULT);
  }

  @Property(tries = 150)
  void locationsRoundTrip(@ForAll("modules") Operation module) {
    assertRoundTrips(module, DEBUG_INFO);
    assertRoundTrips(module, GENERIC_DEBUG_INFO);
  }

  @Property(tries = 150)
  void printingIsAFixedPoint(@ForAll("modules") Operation module) {
    for (PrintOptions options : new PrintOptions[] {GENERIC, PrintOptions.DEFAULT, DEBUG_INFO}) {
      String once = AsmPrinter.print(module, options);
      String twice = AsmPrinter.print(parse(once), options);
      assertEquals(once, AsmPrinter.print(parse(twice), options));
      assertEquals(once, twice);
    }
  }

  @Property(tries = 150)
  void genericAndDefaultFormsParseAlike(@ForAll("modules") Operation module) {
    Operation generic = parse(AsmPrinter.print(module, GENERIC_DEBUG_INFO));
    Operation custom = parse(AsmPrinter.print(module, DEBUG_INFO));
    assertNull(
        IrEquivalence.difference(generic, custom, true),
        () -> AsmPrinter.print(module, GENERIC_DEBUG_INFO));
  }

  private static final Path MLIR_OPT = Path.of("/usr/lib/llvm-22/bin/mlir-opt");

  /**
   * mlir-opt reads what aic prints in generic form and prints it back byte for byte. The seed is
   * fixed so that CI is deterministic; change it (or remove it locally) to explore new modules, and
   * turn every difference found into a regression test.
   */
  @Property(tries = 8, seed = "20261121")
  void mlirOptPrintsAicsGenericFormAgain(@ForAll("modules") Operation module) throws Exception {
    assumeTrue(Files.isExecutable(MLIR_OPT), "mlir-opt 22 is not installed");
    String ours = AsmPrinter.print(module, GENERIC) + "\n";
    Process process =
        new ProcessBuilder(
                MLIR_OPT.toString(), "--allow-unregistered-dialect", "--mlir-print-op-generic", "-")
            .redirectErrorStream(true)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(ours.getBytes(StandardCharsets.UTF_8));
    }
    String theirs = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), theirs + "\nfor:\n" + ours);
    assertEquals(ours, theirs);
  }
}
