package dev.aic.text.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.text.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random text, built from the pieces markers and expectations are made of, never breaks them. */
class SplitAndExpectationProperties {
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "// -----",
            "// ---",
            "--",
            "-",
            "0",
            "\n",
            " ",
            "\t",
            "x",
            "é",
            "// ",
            "{{",
            "}}",
            "expected-error",
            "expected-note-re",
            "@+1",
            "@-2",
            "@above",
            "@below",
            "@unknown",
            "@+099",
            "[",
            "(",
            "*",
            "\\",
            "{1",
            "[[:alpha:]]",
            "\r");
    return piece.list().ofMaxSize(60).map(parts -> String.join("", parts));
  }

  @Property
  void splittingLosesNoLine(@ForAll("texts") String text) {
    SourceFile file = new SourceFile("p.mlir", text, 3);
    SplitInput.Result result = SplitInput.split(file);
    List<SplitInput.Chunk> chunks = result.chunks();
    int newlines = 0;
    int previousEnd = 0;
    for (SplitInput.Chunk chunk : chunks) {
      String gap = text.substring(previousEnd, chunk.offset());
      // Only markers fall between chunks (several shortened ones where leading chunks are empty).
      assertEquals("", gap.replace("// ---", "").replace("--", ""), gap);
      assertEquals(text.substring(chunk.offset(), chunk.offset() + chunk.length()), chunk.text());
      // Each line of the chunk is the file's line with the same number: the first blanked up
      // to where the chunk starts, so columns are those of the file, the last perhaps cut short
      // by the next marker.
      SourceFile source = chunk.source();
      String[] lines = chunk.text().split("\n", -1);
      int pad = chunk.offset() - (text.lastIndexOf('\n', chunk.offset() - 1) + 1);
      for (int i = 0; i < lines.length; i++) {
        int line = source.lineOffset() + 1 + i;
        String own = source.lineText(line);
        String inFile = file.lineText(line);
        int from = i == 0 ? pad : 0;
        assertTrue(own.substring(0, from).isBlank());
        if (i > 0 && i < lines.length - 1) {
          assertEquals(inFile, own);
        } else {
          assertTrue(inFile.substring(from).startsWith(own.substring(from)), own);
        }
      }
      newlines += lines.length - 1;
      previousEnd = chunk.offset() + chunk.length();
    }
    String tail = text.substring(previousEnd);
    assertTrue(tail.isEmpty() || chunks.isEmpty() && tail.equals(text), tail);
    assertEquals(text.chars().filter(c -> c == '\n').count(), chunks.isEmpty() ? 0 : newlines);
    assertEquals(
        SplitInput.join(chunks.stream().map(SplitInput.Chunk::text).toList(), "M").length(),
        chunks.stream().mapToInt(SplitInput.Chunk::length).sum()
            + 2 * Math.max(0, chunks.size() - 1));
  }

  @Property
  void expectationParserNeverThrows(@ForAll("texts") String text, @ForAll("texts") String message) {
    SourceFile file = new SourceFile("p.mlir", text, 2);
    for (ExpectedDiagnostic expected : ExpectedDiagnostic.parse(file)) {
      assertTrue(expected.position().line() > 2);
      assertTrue(text.contains(expected.text()));
      expected.matches(message);
    }
  }
}
