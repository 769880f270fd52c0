package dev.aic.text.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.text.SourceFile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders the diagnostics mlir-opt-22 emitted for the files in {@code render/} and compares with
 * its standard error byte for byte. Each file holds {@code "arith.addi"(%a, %b) : (i32, i64) ->
 * i32} with a {@code loc(...)} chosen to exercise one rendering rule; the verifier's error carries
 * the {@code see current operation} note at the same location.
 */
class SourceDiagnosticPrinterTest {
  static final String MESSAGE =
      "'arith.addi' op requires the same type for all operands and results";
  static final String CURRENT_OP =
      "see current operation: %0 = \"arith.addi\"(%arg0, %arg1) <{overflowFlags ="
          + " #arith.overflow<none>}> : (i32, i64) -> i32";

  private static FileLineColLoc at(String file, int line, int column) {
    return new FileLineColLoc(file, line, column);
  }

  static Stream<Arguments> addiCases() {
    return Stream.of(
        // A tab before the op: the line and the caret line expand it to column 8.
        Arguments.of("a.mlir", at("a.mlir", 2, 7)),
        // loc("name"): no file position.
        Arguments.of("b.mlir", new NameLoc("name")),
        Arguments.of("c.mlir", Location.unknown()),
        Arguments.of("d.mlir", at("d.mlir", 3, 3)),
        // A file that is neither known nor on disk: header only.
        Arguments.of("e.mlir", at("other.mlir", 3, 3)),
        Arguments.of("n.mlir", new NameLoc("name", at("n.mlir", 3, 3))),
        // callsite("g":3:5 at callsite("g":1:1 at "g":4:1)): two "called from" notes.
        Arguments.of(
            "g.mlir",
            new CallSiteLoc(
                at("g.mlir", 3, 5), new CallSiteLoc(at("g.mlir", 1, 1), at("g.mlir", 4, 1)))),
        Arguments.of(
            "h.mlir",
            new FusedLoc(List.of(new NameLoc("x"), at("g.mlir", 3, 4), at("g.mlir", 1, 2)), null)),
        Arguments.of(
            "h2.mlir",
            new FusedLoc(
                List.of(new NameLoc("x"), new CallSiteLoc(at("g.mlir", 3, 5), at("h.mlir", 4, 1))),
                new StringAttr("m", null))),
        // A callee without a file position: the caller's position is used.
        Arguments.of("h3.mlir", new CallSiteLoc(new NameLoc("x"), at("h3.mlir", 1, 1))),
        Arguments.of("loc_long.mlir", at("loc_long.mlir", 5, 250)),
        Arguments.of("loc_eol.mlir", at("loc_eol.mlir", 3, 16)),
        Arguments.of("loc_beyond.mlir", at("loc_beyond.mlir", 3, 17)),
        Arguments.of("loc_beyond2.mlir", at("loc_beyond2.mlir", 3, 18)),
        Arguments.of("loc_b19.mlir", at("loc_b19.mlir", 3, 19)),
        Arguments.of("loc_b20.mlir", at("loc_b20.mlir", 3, 20)),
        Arguments.of("loc_col0.mlir", at("loc_col0.mlir", 3, 0)),
        Arguments.of("loc_line0.mlir", at("loc_line0.mlir", 0, 3)),
        Arguments.of("loc_past.mlir", at("loc_past.mlir", 99, 1)),
        Arguments.of("loc_nonascii.mlir", at("loc_nonascii.mlir", 6, 12)),
        Arguments.of("loc_empty.mlir", at("loc_empty.mlir", 7, 1)),
        Arguments.of("loc_empty2.mlir", at("loc_empty2.mlir", 7, 2)),
        Arguments.of("loc_tabs.mlir", at("loc_tabs.mlir", 8, 5)),
        Arguments.of("loc_tabs2.mlir", at("loc_tabs2.mlir", 8, 3)),
        // The caret on a tab is repeated up to the next tab stop.
        Arguments.of("loc_tabs3.mlir", at("loc_tabs3.mlir", 8, 2)),
        Arguments.of("loc_range.mlir", new FileLineColLoc("loc_range.mlir", 3, 3, 3, 8)),
        Arguments.of("loc_range2.mlir", new FileLineColLoc("loc_range2.mlir", 3, 3, 4, 1)),
        Arguments.of("loc_lastline.mlir", at("loc_lastline.mlir", 10, 1)),
        Arguments.of("loc_lastline2.mlir", at("loc_lastline2.mlir", 10, 2)));
  }

  /** Every file in {@code render/}, as mlir-opt finds them on disk next to the input. */
  static SourceManager renderSources() {
    SourceManager sources = new SourceManager();
    for (String name :
        List.of("a", "b", "c", "d", "e", "f", "g", "h", "h2", "h3", "n", "loc_long", "loc_eol")) {
      sources.add(Golden.source("render", name + ".mlir"));
    }
    for (String name :
        List.of(
            "beyond",
            "beyond2",
            "b19",
            "b20",
            "col0",
            "line0",
            "past",
            "nonascii",
            "empty",
            "empty2",
            "tabs",
            "tabs2",
            "tabs3",
            "range",
            "range2",
            "lastline",
            "lastline2")) {
      sources.add(Golden.source("render", "loc_" + name + ".mlir"));
    }
    return sources;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("addiCases")
  void rendersLikeMlirOpt(String file, Location location) {
    StringBuilder out = new StringBuilder();
    SourceDiagnosticPrinter printer = new SourceDiagnosticPrinter(renderSources(), out);
    assertTrue(
        printer.handle(
            new Diagnostic(Severity.ERROR, location, MESSAGE).withNote(location, CURRENT_OP)));
    assertEquals(Golden.read("render", file.replace(".mlir", ".err")), out.toString());
    assertEquals(1, printer.errorCount());
  }

  @Test
  void multiLineNoteAndNoteElsewhere() {
    FileLineColLoc second = at("f.mlir", 4, 1);
    Diagnostic diagnostic =
        new Diagnostic(Severity.ERROR, second, "redefinition of symbol named 'f'")
            .withNote(
                second,
                "see current operation: \n"
                    + "\"func.func\"() <{function_type = () -> (), sym_name = \"f\"}> ({\n"
                    + "  \"func.return\"() : () -> ()\n"
                    + "}) : () -> ()")
            .withNote(at("f.mlir", 1, 1), "see existing symbol definition here");
    SourceDiagnosticPrinter printer =
        new SourceDiagnosticPrinter(renderSources(), new StringBuilder());
    assertEquals(Golden.read("render", "f.err"), printer.render(diagnostic));
  }

  @Test
  void severityWordsAndStdin() {
    SourceManager sources = new SourceManager().add(new SourceFile("-", "abc\n"));
    SourceDiagnosticPrinter printer = new SourceDiagnosticPrinter(sources, new StringBuilder());
    assertEquals(
        "<stdin>:1:2: remark: r\nabc\n ^\n",
        printer.render(new Diagnostic(Severity.REMARK, at("-", 1, 2), "r")));
    assertEquals(
        "<unknown>:0: warning: w\n",
        printer.render(new Diagnostic(Severity.WARNING, Location.unknown(), "w")));
  }

  @Test
  void chunkSourcesResolveOnlyTheirLines() {
    SourceManager sources =
        new SourceManager()
            .add(new SourceFile("f.mlir", "x\ny\n", 4))
            .add(new SourceFile("f.mlir", "a\n"));
    assertEquals("y", sources.find("f.mlir", 6).orElseThrow().lineText(6));
    assertEquals("a", sources.find("f.mlir", 1).orElseThrow().lineText(1));
    assertTrue(sources.find("f.mlir", 3).isEmpty());
    assertTrue(sources.find("g.mlir", 1).isEmpty());
  }
}
