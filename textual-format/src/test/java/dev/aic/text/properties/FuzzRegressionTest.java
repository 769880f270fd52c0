package dev.aic.text.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.builtin.ModuleOp;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Inputs the properties of this package found mishandled, each as the exact text that failed; the
 * expected outputs are what {@code mlir-opt-22} prints for them.
 */
class FuzzRegressionTest {
  /** Parses {@code text}, which must verify, failing with the diagnostics. */
  private static Operation parse(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      return MlirParser.parse(context, new SourceFile("r.mlir", text))
          .orElseThrow(() -> new AssertionError(capture.diagnostics().toString()));
    }
  }

  /** Parses {@code text} and prints it again with default options. */
  private static String roundTrip(String text) {
    return AsmPrinter.print(parse(text), PrintOptions.DEFAULT);
  }

  /** complex<i1> elements take a byte per part in hex form; only plain i1 is bit-packed. */
  @Test
  void complexI1ElementsInHexAreNotBitPacked() {
    String op =
        """
        "t.op"() {a = dense<"0x00010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000010000010100000001010000"> : tensor<101xcomplex<i1>>} : () -> ()
        """
            .strip();
    assertEquals("module {\n  " + op + "\n}\n", roundTrip(op));
  }

  /** A set si1 bit is -1: {@code true} and hex data read into si1 without a range error. */
  @Test
  void si1ElementsReadTrueAsMinusOne() {
    String op =
        "\"t.x\"() {a = dense<true> : tensor<si1>,"
            + " b = dense<\"0x76C16B72A011C5AA8EA0BE3FEA3F2DF0\"> : tensor<128xsi1>,"
            + " c = dense<(true,false)> : tensor<1xcomplex<si1>>} : () -> ()";
    assertEquals("module {\n  " + op + "\n}\n", roundTrip(op));
  }

  /**
   * A fused location built with {@link FusedLoc#get} is canonical, so it reads back as itself (with
   * the constructor, {@code fused<m>[fused[unknown, unknown], l]} printed as is and read back as
   * {@code fused<m>[l]}).
   */
  @Test
  void fusedLocationsFromTheFactoryReadBack() {
    Context ctx = new Context();
    Location inner = FusedLoc.get(ctx, List.of(Location.unknown(), Location.unknown()), null);
    FileLineColLoc file = new FileLineColLoc("f.mlir", 53, 32, 53, 37);
    Location fused = FusedLoc.get(ctx, List.of(inner, file), new StringAttr("\"<\u00e9{"));
    assertEquals(new FusedLoc(List.of(file), new StringAttr("\"<\u00e9{")), fused);
    ModuleOp module = ModuleOp.create(ctx, fused);
    String text = AsmPrinter.print(module.op(), PrintOptions.DEFAULT.withDebugInfo(true));
    assertEquals(fused, parse(text).location());
  }

  /** Parses {@code text} within a bound that only super-linear work exceeds; the first error. */
  private static String firstError(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertTimeoutPreemptively(
          Duration.ofSeconds(10), () -> MlirParser.parse(context, new SourceFile("r.mlir", text)));
      Diagnostic d = capture.diagnostics().get(0);
      FileLineColLoc at = d.location().filePosition();
      return at.line() + ":" + at.column() + ": " + d.message();
    }
  }

  /**
   * An error after many blank lines is placed after the last content, and finding it is linear:
   * each line was searched for a comment up to the end of the text.
   */
  @Test
  void errorAfterAMegabyteOfLineBreaksIsFoundInLinearTime() {
    assertEquals(
        "1:20: expected operation name in quotes",
        firstError("\"t.op\"() : () -> ()" + "\n".repeat(1 << 20) + "}"));
  }

  /** Literals too long for their type are out of range before their digits are converted. */
  @Test
  void aMegabyteLongIntegerIsOutOfRangeInLinearTime() {
    String digits = "1".repeat(1 << 20);
    assertEquals(
        "1:15: integer constant out of range for attribute",
        firstError("\"t.op\"() {a = " + digits + "} : () -> ()"));
    assertEquals("1:18: invalid integer width", firstError("\"t.op\"() : () -> i" + digits));
    assertEquals(
        "1:25: invalid dimension", firstError("\"t.op\"() : () -> tensor<" + digits + "xi32>"));
  }

  /**
   * 10,000 nested regions are a nesting error even when the caller's thread has little stack: the
   * parser runs on a thread of its own whose stack fits the nesting limit.
   */
  @Test
  void deepRegionsOnASmallStackAreANestingError() throws InterruptedException {
    String text = "\"t.op\"() ({\n".repeat(10_000) + "}) : () -> ()\n".repeat(10_000);
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    List<Object> outcome = new ArrayList<>();
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Runnable parse =
          () -> {
            try {
              outcome.add(MlirParser.parse(context, new SourceFile("r.mlir", text)));
            } catch (Throwable t) {
              outcome.add(t);
            }
          };
      Thread thread = new Thread(null, parse, "small-stack", 256 * 1024);
      thread.start();
      thread.join();
      assertEquals(List.of(Optional.empty()), outcome);
      assertTrue(
          capture.diagnostics().get(0).message().equals("nesting deeper than 512 levels"),
          () -> capture.diagnostics().toString());
    }
  }

  /** An f64 printed in hex (NaN, infinity) keeps its type in an array, or it reads as an i64. */
  @Test
  void f64InHexKeepsItsTypeInArrays() {
    String op =
        "\"t.x\"() {b = [1.500000e+00, 0x7FF0000000000000 : f64, 0x7FF8000000000000 : f64,"
            + " 0xFFF0000000000000 : f64, 42, 4.000000e+300, 0x7C : f8E5M2, false]} : () -> ()";
    assertEquals("module {\n  " + op + "\n}\n", roundTrip(op));
  }
}
