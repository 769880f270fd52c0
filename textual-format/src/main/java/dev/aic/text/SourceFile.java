package dev.aic.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A named text being parsed, with the line table that diagnostics use to show the source line under
 * a message. Line and column numbers count from 1.
 */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int lineOffset;
  // Made on first use (diagnostics need it, a clean run does not); volatile because a verifier
  // thread may report while the printing thread reads it.
  private volatile int[] lineStarts;

  /**
   * A source called {@code name} (as diagnostics print it) holding {@code text}.
   *
   * @param lineOffset how many lines precede {@code text} in the real file, for chunks of a file
   *     split with {@code // -----}
   */
  public SourceFile(String name, String text, int lineOffset) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
    this.lineOffset = lineOffset;
  }

  /** A whole file. */
  public SourceFile(String name, String text) {
    this(name, text, 0);
  }

  /** The name diagnostics print. */
  public String name() {
    return name;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The number of file lines before this text (non-zero for a split chunk). */
  public int lineOffset() {
    return lineOffset;
  }

  /** The text between two character offsets. */
  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  /**
   * The text of file line {@code line} (counting as diagnostics do, offset included), without its
   * line break; empty if out of range.
   */
  public String lineText(int line) {
    int[] starts = lineStarts();
    int index = line - lineOffset - 1;
    if (index < 0 || index >= starts.length) {
      return "";
    }
    int end = index + 1 < starts.length ? starts[index + 1] : text.length();
    while (end > starts[index] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(starts[index], end);
  }

  /** The file line (offset included) of character {@code offset}. */
  public int lineOf(int offset) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, offset);
    int line = index >= 0 ? index : -index - 2;
    return line + 1 + lineOffset;
  }

  /** The column, counting from 1, of character {@code offset}. */
  public int columnOf(int offset) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, offset);
    int line = index >= 0 ? index : -index - 2;
    return offset - starts[line] + 1;
  }

  /** The number of lines; text ending in a line break has one more, empty, line. */
  public int lineCount() {
    return lineStarts().length;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }
}
