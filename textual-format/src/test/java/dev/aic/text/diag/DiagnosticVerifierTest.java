package dev.aic.text.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feeds the verifier the diagnostics mlir-opt-22 emitted while running {@code --split-input-file
 * --verify-diagnostics} on the files in {@code verify/} and compares its messages and exit status
 * with mlir-opt's, byte for byte.
 */
class DiagnosticVerifierTest {
  private static final String ADDI = SourceDiagnosticPrinterTest.MESSAGE;
  private static final String UNREGISTERED =
      "operation being parsed with an unregistered dialect. If this is intended, please use"
          + " -allow-unregistered-dialect with the MLIR tool used";
  private static final String REDEFINITION = "redefinition of symbol named 'f'";
  private static final String EXISTING = "see existing symbol definition here";

  private static Diagnostic error(Location location, String message) {
    return new Diagnostic(Severity.ERROR, location, message);
  }

  private static FileLineColLoc at(String file, int line, int column) {
    return new FileLineColLoc(file, line, column);
  }

  private static Diagnostic redefinition(String file, int line, int existingLine) {
    return error(at(file, line, 1), REDEFINITION).withNote(at(file, existingLine, 1), EXISTING);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "v1",
            List.of(
                error(
                    at("v1.mlir", 5, 10),
                    "custom op 'expected' is unknown (tried" + " 'builtin.expected' as well)"))),
        Arguments.of(
            "v2",
            List.of(
                error(at("v2.mlir", 3, 8), ADDI),
                error(at("v2.mlir", 9, 8), ADDI),
                error(Location.unknown(), ADDI),
                error(Location.unknown(), ADDI),
                error(new NameLoc("nm"), ADDI))),
        Arguments.of("v3", List.of(error(Location.unknown(), ADDI))),
        Arguments.of("v4", List.of(error(new NameLoc("nm"), ADDI))),
        Arguments.of(
            "v5",
            List.of(
                error(
                    new FusedLoc(
                        List.of(
                            new NameLoc("nm"),
                            new CallSiteLoc(new NameLoc("q"), at("zz.mlir", 1, 1))),
                        null),
                    ADDI))),
        // An expectation with @-4 after a split marker still applies to the earlier chunk.
        Arguments.of("v9", List.of(error(at("v9.mlir", 2, 8), ADDI))),
        Arguments.of("v10", List.of(error(at("v10.mlir", 1, 9), UNREGISTERED))),
        Arguments.of("f", List.of(redefinition("f.mlir", 4, 1))),
        Arguments.of("f2", List.of(redefinition("f2.mlir", 5, 1))),
        Arguments.of("f3", List.of(redefinition("f3.mlir", 6, 2))),
        Arguments.of("f4", List.of(redefinition("f4.mlir", 6, 2))),
        Arguments.of(
            "r1",
            List.of(
                error(at("r1.mlir", 2, 9), UNREGISTERED),
                error(at("r1.mlir", 5, 9), UNREGISTERED),
                error(at("r1.mlir", 8, 9), UNREGISTERED),
                error(at("r1.mlir", 11, 9), UNREGISTERED),
                error(at("r1.mlir", 14, 9), UNREGISTERED),
                error(at("r1.mlir", 17, 9), UNREGISTERED))),
        // An empty {{}} part is malformed; an empty -re text matches nothing.
        Arguments.of(
            "e1",
            List.of(
                error(at("e1.mlir", 2, 9), UNREGISTERED),
                error(at("e1.mlir", 5, 9), UNREGISTERED))),
        // Only comments: malformed regexes and unproduced expectations.
        Arguments.of("re", List.of()));
  }

  private static String run(
      String name, List<Diagnostic> diagnostics, DiagnosticVerifier.Level level, boolean[] ok) {
    SourceFile file = Golden.source("verify", name + ".mlir");
    StringBuilder out = new StringBuilder();
    SourceDiagnosticPrinter printer =
        new SourceDiagnosticPrinter(new SourceManager().add(file), out);
    Context context = new Context();
    try (DiagnosticVerifier verifier = new DiagnosticVerifier(printer, level)) {
      verifier.attach(context.diagnostics());
      diagnostics.forEach(context.diagnostics()::emit);
      ok[0] = verifier.verify();
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void verifiesLikeMlirOpt(String name, List<Diagnostic> diagnostics) {
    boolean[] ok = new boolean[1];
    String out = run(name, diagnostics, DiagnosticVerifier.Level.ALL, ok);
    assertEquals(Golden.read("verify", name + ".err"), out);
    assertEquals(Golden.read("verify", name + ".rc").strip(), ok[0] ? "0" : "1");
  }

  @Test
  void onlyExpectedIgnoresUnexpectedAndNearMisses() {
    boolean[] ok = new boolean[1];
    List<Diagnostic> v2 = new ArrayList<>();
    cases().filter(a -> a.get()[0].equals("v2")).forEach(a -> addAll(v2, a.get()[1]));
    String out = run("v2", v2, DiagnosticVerifier.Level.ONLY_EXPECTED, ok);
    assertEquals(Golden.read("verify", "v2-only.err"), out);
    assertFalse(ok[0]);
  }

  private static void addAll(List<Diagnostic> into, Object list) {
    for (Object d : (List<?>) list) {
      into.add((Diagnostic) d);
    }
  }

  @Test
  void allMatchedSucceedsAndConsumesTheDiagnostics() {
    SourceFile file =
        new SourceFile(
            "ok.mlir",
            "// expected-error@+1 {{one}}\nx\n// expected-note@-1 {{two}}\n"
                + "y // expected-warning-re {{{{[0-9]+}} left}}\n");
    StringBuilder out = new StringBuilder();
    SourceDiagnosticPrinter printer =
        new SourceDiagnosticPrinter(new SourceManager().add(file), out);
    DiagnosticVerifier verifier = new DiagnosticVerifier(printer, DiagnosticVerifier.Level.ALL);
    assertEquals(3, verifier.pending().size());
    assertTrue(
        verifier.handle(
            error(at("ok.mlir", 2, 1), "the one").withNote(at("ok.mlir", 2, 3), "two!")));
    assertTrue(verifier.handle(new Diagnostic(Severity.WARNING, at("ok.mlir", 4, 1), "12 left")));
    // The same expectation absorbs a repeated diagnostic.
    assertTrue(verifier.handle(error(at("ok.mlir", 2, 9), "one")));
    assertEquals(List.of(), verifier.pending());
    assertTrue(verifier.verify());
    assertEquals("", out.toString());
  }
}
