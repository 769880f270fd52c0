package dev.aic.text.diag;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code --split-input-file} as MLIR 22 does it. The text is cut wherever the marker occurs, also
 * in the middle of a line: what precedes the marker ends one chunk, what follows it (the rest of
 * the marker's line included) starts the next. To flag near misses MLIR first cuts at the marker
 * without its last two characters, then requires those two to follow; where they do not, it warns
 * {@code near miss with file split marker} and does not split. The same check lets through a marker
 * followed by more dashes ({@code // ------} splits, leaving {@code -}) but not one followed by
 * {@code 0}. A marker at the very end of the text is a near miss; an empty first chunk swallows the
 * next marker's last two characters.
 *
 * <p>Each chunk keeps the file's name and line numbers: its {@link SourceFile} has the line offset
 * of its first line, and the part of that line before the chunk is blanked with spaces so columns
 * stay those of the file. Diagnostics show the file's own lines when the whole file is in the
 * {@link SourceManager}. Outputs of the chunks are joined with the output marker and a line break.
 */
public final class SplitInput {
  /** The marker MLIR splits on when {@code --split-input-file} has no value. */
  public static final String DEFAULT_MARKER = "// -----";

  /** The message of the warning for a near miss. */
  public static final String NEAR_MISS = "near miss with file split marker";

  private static final int CHECK_LENGTH = 2;

  /** The shortest marker {@link #split(SourceFile, String)} accepts. */
  public static final int MIN_MARKER_LENGTH = CHECK_LENGTH + 1;

  private SplitInput() {}

  /**
   * A piece of the input.
   *
   * @param source the chunk as a source to parse, with the file's name and line numbering
   * @param offset where the chunk starts in the file's text
   * @param length how many characters of the file's text it holds
   */
  public record Chunk(SourceFile source, int offset, int length) {
    /** Validates the components. */
    public Chunk {
      Objects.requireNonNull(source, "source");
    }

    /** The chunk's characters of the file, without the blanking of its first line. */
    public String text() {
      String text = source.text();
      return text.substring(text.length() - length);
    }
  }

  /**
   * What splitting found.
   *
   * @param chunks the chunks, in order; none for an empty text
   * @param warnings the near-miss warnings, at the position after the shortened marker
   */
  public record Result(List<Chunk> chunks, List<Diagnostic> warnings) {
    /** Copies the lists. */
    public Result {
      chunks = List.copyOf(chunks);
      warnings = List.copyOf(warnings);
    }
  }

  /** Splits {@code file} on {@link #DEFAULT_MARKER}. */
  public static Result split(SourceFile file) {
    return split(file, DEFAULT_MARKER);
  }

  /**
   * Splits {@code file} on {@code marker}, MLIR's {@code --split-input-file=<marker>}.
   *
   * @throws IllegalArgumentException if the marker has fewer than 3 characters (MLIR 22 misreads
   *     such markers and hangs on two-character ones)
   */
  public static Result split(SourceFile file, String marker) {
    Objects.requireNonNull(file, "file");
    if (marker.length() < MIN_MARKER_LENGTH) {
      throw new IllegalArgumentException(
          "split marker '" + marker + "' is shorter than " + MIN_MARKER_LENGTH + " characters");
    }
    String text = file.text();
    String cut = marker.substring(0, marker.length() - CHECK_LENGTH);
    String suffix = marker.substring(marker.length() - CHECK_LENGTH);

    // The raw pieces between occurrences of the shortened marker, as [start, end) offsets.
    List<int[]> raw = new ArrayList<>();
    int start = 0;
    for (int at = text.indexOf(cut); at >= 0; at = text.indexOf(cut, start)) {
      raw.add(new int[] {start, at});
      start = at + cut.length();
    }
    raw.add(new int[] {start, text.length()});

    List<int[]> pieces = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    Lines nearMiss = new Lines(file);
    int prevStart = 0;
    int prevEnd = 0;
    for (int[] piece : raw) {
      if (prevEnd == prevStart) {
        prevStart = piece[0];
        prevEnd = piece[1];
        continue;
      }
      int size = piece[1] - piece[0];
      boolean expectedSuffix =
          text.startsWith(suffix, piece[0])
              && size > CHECK_LENGTH
              && text.charAt(piece[0] + CHECK_LENGTH) != '0';
      if (expectedSuffix) {
        pieces.add(new int[] {prevStart, prevEnd});
        prevStart = piece[0] + CHECK_LENGTH;
        prevEnd = piece[1];
      } else {
        warnings.add(new Diagnostic(Severity.WARNING, nearMiss.at(piece[0]), NEAR_MISS));
        prevEnd = piece[1];
      }
    }
    if (prevEnd != prevStart) {
      pieces.add(new int[] {prevStart, prevEnd});
    }

    List<Chunk> chunks = new ArrayList<>();
    Lines lines = new Lines(file);
    for (int[] piece : pieces) {
      int line = lines.at(piece[0]).line();
      int lineStart = lines.lineStart;
      String body = " ".repeat(piece[0] - lineStart) + text.substring(piece[0], piece[1]);
      chunks.add(
          new Chunk(new SourceFile(file.name(), body, line - 1), piece[0], piece[1] - piece[0]));
    }
    return new Result(chunks, warnings);
  }

  /** What mlir-opt writes between the outputs of two chunks: the marker and a line break. */
  public static String outputSeparator(String outputMarker) {
    return outputMarker + "\n";
  }

  /** The outputs of the chunks joined as mlir-opt writes them, separated by the marker line. */
  public static String join(List<String> outputs, String outputMarker) {
    return String.join(outputSeparator(outputMarker), outputs);
  }

  /** Finds the positions of increasing offsets in one pass over the text. */
  private static final class Lines {
    private final SourceFile file;
    private int offset;
    private int line;
    private int lineStart;

    Lines(SourceFile file) {
      this.file = file;
      this.line = file.lineOffset() + 1;
    }

    FileLineColLoc at(int target) {
      String text = file.text();
      assert target >= offset : "offsets must increase";
      for (; offset < target; offset++) {
        if (text.charAt(offset) == '\n') {
          line++;
          lineStart = offset + 1;
        }
      }
      int column = SourceDiagnosticPrinter.utf8Length(text.subSequence(lineStart, target)) + 1;
      return new FileLineColLoc(file.name(), line, column);
    }
  }
}
