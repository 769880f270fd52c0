package dev.aic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.text.diag.DiagnosticVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole buffers processed as {@code mlir-opt --split-input-file [--verify-diagnostics]
 * --allow-unregistered-dialect} does: the expected stdout, stderr and exit status in {@code
 * resources/dev/aic/text/processor/} are what mlir-opt-22 produced for the same input.
 */
class SourceProcessorTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SourceProcessorTest.class.getResourceAsStream("processor/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"split", "verify", "verify-fails"})
  void behavesAsMlirOpt(String name) throws IOException {
    SourceFile file = new SourceFile(name + ".mlir", resource(name + ".mlir"));
    SourceProcessor.Options options =
        new SourceProcessor.Options(
            "// -----",
            "// -----",
            name.startsWith("verify") ? DiagnosticVerifier.Level.ALL : null,
            true,
            SourceProcessor.Options.DEFAULT.print(),
            false,
            false);
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    boolean ok = SourceProcessor.process(file, Context::new, options, m -> true, out, err);
    assertEquals(resource(name + ".out"), out.toString());
    assertEquals(resource(name + ".err"), err.toString());
    assertEquals(resource(name + ".rc").trim(), ok ? "0" : "1");
  }

  private static SourceProcessor.Options discardedOnFailure(boolean discarded) {
    SourceProcessor.Options d = SourceProcessor.Options.DEFAULT;
    return new SourceProcessor.Options(
        "// -----", d.outputSplitMarker(), null, true, d.print(), false, discarded);
  }

  /** What one run gives: the output, the diagnostics and the verdict. */
  private record Run(String out, String err, boolean ok) {}

  private static Run run(String text, SourceProcessor.Options options, SourceProcessor.Emitter e) {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    // A comment pads each chunk to the size from which verification runs beside printing.
    String padding = "// " + "x".repeat(SourceProcessor.OVERLAP_MIN) + "\n";
    String padded = text.replace("// -----\n", padding + "// -----\n") + padding;
    boolean ok =
        SourceProcessor.process(
            new SourceFile("in.mlir", padded),
            Context::new,
            options,
            SourceProcessor.Transform.NONE,
            e,
            out,
            err);
    return new Run(out.toString(), err.toString(), ok);
  }

  /**
   * With output that is discarded on failure, verification runs beside printing: the diagnostics,
   * the verdict and (when it succeeds) the output are those of verifying first.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"test.a\"() : () -> ()\n// -----\nmodule attributes {test.x = 1} {\n}\n",
        "\"test.a\"() : () -> ()\n// -----\nmodule attributes {x = 1} {\n}\n",
        "module attributes {x = 1} {\n}\n// -----\n\"test.b\"() : () -> ()\n",
        "\"test.a\"() : () -> ()\n// -----\n\"test.b\"(%0) : (i32) -> ()\n"
      })
  void verifyingBesidePrintingReportsAsVerifyingFirst(String text) {
    SourceProcessor.Emitter printer =
        new SourceProcessor.TextEmitter(SourceProcessor.Options.DEFAULT.print());
    Run sequential = run(text, discardedOnFailure(false), printer);
    Run overlapped = run(text, discardedOnFailure(true), printer);
    assertEquals(sequential.err(), overlapped.err());
    assertEquals(sequential.ok(), overlapped.ok());
    if (sequential.ok()) {
      assertEquals(sequential.out(), overlapped.out());
    }
  }

  /** Only output that is discarded on failure lets a module be printed before it verified. */
  @Test
  void onlyDiscardedOutputIsPrintedBeforeVerification() {
    int[] emitted = new int[1];
    SourceProcessor.Emitter counting = (module, out) -> emitted[0]++;
    String invalid = "module attributes {x = 1} {\n}\n";
    assertFalse(run(invalid, discardedOnFailure(false), counting).ok());
    assertEquals(0, emitted[0]);
    assertFalse(run(invalid, discardedOnFailure(true), counting).ok());
    assertEquals(1, emitted[0]);
  }

  /** A printer that fails on IR the verifier rejects does not hide the verifier's diagnostics. */
  @Test
  void aPrinterFailureCountsOnlyForValidModules() {
    SourceProcessor.Emitter failing =
        (module, out) -> {
          throw new IllegalStateException("printer bug");
        };
    Run invalid = run("module attributes {x = 1} {\n}\n", discardedOnFailure(true), failing);
    assertFalse(invalid.ok());
    assertTrue(invalid.err().contains("can only contain attributes with dialect-prefixed names"));
    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class,
            () -> run("module {\n}\n", discardedOnFailure(true), failing));
    assertEquals("printer bug", thrown.getMessage());
  }
}
