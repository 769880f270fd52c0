package dev.aic.text.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.text.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splits the files in {@code split/} and compares with what mlir-opt-22 did with them. */
class SplitInputTest {
  /** What mlir-opt-22 prints for a chunk holding only {@code func.func @name() { return }}. */
  private static String module(String name) {
    return "module {\n  func.func @" + name + "() {\n    return\n  }\n}\n\n";
  }

  private static String warnings(SourceFile file, SplitInput.Result result) {
    StringBuilder out = new StringBuilder();
    SourceDiagnosticPrinter printer =
        new SourceDiagnosticPrinter(new SourceManager().add(file), out);
    for (Diagnostic warning : result.warnings()) {
      printer.print(warning);
    }
    return out.toString();
  }

  /** The first {@code lines} lines of {@code text}. */
  private static String head(String text, int lines) {
    int end = 0;
    for (int i = 0; i < lines; i++) {
      end = text.indexOf('\n', end) + 1;
    }
    return text.substring(0, end);
  }

  @Test
  void markerAnywhereAndChunksKeepFilePositions() {
    SourceFile file = Golden.source("split", "s.mlir");
    SplitInput.Result result = SplitInput.split(file);
    List<SplitInput.Chunk> chunks = result.chunks();
    assertEquals(6, chunks.size());
    assertEquals(List.of(), result.warnings());
    assertEquals("func.func @a() {\n  return\n}\n", chunks.get(0).text());
    // mlir-opt: "s.mlir:8:10: error: custom op 'trailing' is unknown"; the chunk starts after the
    // marker, mid-line, and keeps the file's line and column.
    SourceFile third = chunks.get(2).source();
    assertEquals(7, third.lineOffset());
    assertEquals(10, third.lineText(8).indexOf("trailing") + 1);
    assertEquals("// ----- trailing".length(), third.lineText(8).length());
    // "// ------" splits and leaves one dash: "s.mlir:13:9: error: expected operation name".
    assertEquals(9, chunks.get(3).source().lineText(13).indexOf('-') + 1);
    // A marker after code on a line splits there too.
    assertEquals("func.func @e() { return } ", chunks.get(4).source().lineText(16));
    assertEquals("\nfunc.func @g() { return }\n", chunks.get(5).text());
    String err = Golden.read("split", "s.err");
    assertTrue(err.startsWith("s.mlir:8:10: error:") && err.contains("\ns.mlir:13:9: error:"));
    // Failing chunks print nothing, but the separators stay.
    assertEquals(
        Golden.read("split", "s.out"),
        SplitInput.join(
            List.of(module("a"), module("b"), "", "", module("e"), module("g")),
            SplitInput.DEFAULT_MARKER));
  }

  @Test
  void nearMissesWarnAndDoNotSplit() {
    SourceFile file = Golden.source("split", "s2.mlir");
    SplitInput.Result result = SplitInput.split(file);
    assertEquals(Golden.read("split", "s2.err"), warnings(file, result));
    assertEquals(2, result.chunks().size());
    assertEquals("\n", result.chunks().get(1).text());
    assertTrue(result.chunks().get(0).text().endsWith("func.func @d() { return }\n"));
  }

  @Test
  void emptyFirstChunkSwallowsTheNextMarkerEnd() {
    SourceFile file = Golden.source("split", "s3.mlir");
    SplitInput.Result result = SplitInput.split(file);
    assertEquals(2, result.chunks().size());
    // mlir-opt: "s3.mlir:1:7: error: expected operation name in quotes".
    SplitInput.Chunk first = result.chunks().get(0);
    assertEquals("--\n", first.text());
    assertEquals(7, first.source().lineText(1).indexOf('-') + 1);
    assertEquals(
        Golden.read("split", "s3.out"),
        SplitInput.join(List.of("", "module {\n}\n\n"), "// -----"));
  }

  @Test
  void emptyInputHasNoChunk() {
    SplitInput.Result result = SplitInput.split(Golden.source("split", "s4.mlir"));
    assertEquals(List.of(), result.chunks());
    assertEquals(Golden.read("split", "s4.out"), SplitInput.join(List.of(), "// -----"));
  }

  @Test
  void customMarkers() {
    SourceFile file = Golden.source("split", "m.mlir");
    SplitInput.Result four = SplitInput.split(file, "// ====");
    assertEquals(head(Golden.read("split", "m.err"), 3), warnings(file, four));
    assertEquals(2, four.chunks().size());
    // "m.mlir:2:9: error: custom op 'split' is unknown".
    assertEquals(9, four.chunks().get(1).source().lineText(2).indexOf("split") + 1);

    SplitInput.Result three = SplitInput.split(file, "// ===");
    assertEquals(head(Golden.read("split", "m3.err"), 3), warnings(file, three));
    // "m.mlir:2:7: error: expected operation name in quotes": the chunk starts at "= split".
    assertEquals(7, three.chunks().get(1).source().lineText(2).indexOf('=') + 1);

    // --output-split-marker=@@; the second chunk failed and printed nothing.
    assertEquals(Golden.read("split", "m-at.out"), SplitInput.join(List.of(module("a"), ""), "@@"));
    assertThrows(IllegalArgumentException.class, () -> SplitInput.split(file, "ab"));
  }

  @Test
  void emptyOutputMarkerLeavesAnEmptyLine() {
    SplitInput.Result result = SplitInput.split(Golden.source("split", "t.mlir"));
    assertEquals(2, result.chunks().size());
    assertEquals(
        Golden.read("split", "t-empty.out"),
        SplitInput.join(List.of(module("a"), module("b")), ""));
    assertEquals(
        Golden.read("split", "t.out"),
        SplitInput.join(List.of(module("a"), module("b")), SplitInput.DEFAULT_MARKER));
  }
}
