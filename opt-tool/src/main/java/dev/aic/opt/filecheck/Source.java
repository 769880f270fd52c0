package dev.aic.opt.filecheck;

import java.util.Arrays;

/**
 * A named text buffer that diagnostics point into, as LLVM's {@code SourceMgr} buffers: the check
 * file, the input, and the synthetic "command line" and "Global defines" buffers. Text holds one
 * char per byte (ISO-8859-1), so columns count bytes as LLVM's do.
 */
final class Source {
  private static final int TAB_STOP = 8;

  private final String name;
  private final String text;
  private int[] lineStarts;

  Source(String name, String text) {
    this.name = name;
    this.text = text;
  }

  String name() {
    return name;
  }

  String text() {
    return text;
  }

  /** The 1-based line of {@code pos}, counting '\n' only as {@code SourceMgr} does. */
  int line(int pos) {
    int[] starts = lineStarts();
    int index = Arrays.binarySearch(starts, pos);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The 1-based column of {@code pos}: bytes since the last '\n' or '\r'. */
  int column(int pos) {
    int i = pos;
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return pos - i + 1;
  }

  private int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          count++;
        }
      }
      int[] starts = new int[count];
      int next = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts[next++] = i + 1;
        }
      }
      lineStarts = starts;
    }
    return lineStarts;
  }

  /** Renders a message at {@code pos} without a highlighted range. */
  void message(StringBuilder out, int pos, DiagKind kind, String message) {
    message(out, pos, kind, message, -1, -1);
  }

  /**
   * Renders a message as {@code SMDiagnostic::print} does: location, kind, message, the source line
   * with tabs expanded and a caret line with {@code ~} under the range [rangeStart, rangeEnd).
   */
  void message(
      StringBuilder out, int pos, DiagKind kind, String message, int rangeStart, int rangeEnd) {
    int lineStart = pos;
    while (lineStart > 0
        && text.charAt(lineStart - 1) != '\n'
        && text.charAt(lineStart - 1) != '\r') {
      lineStart--;
    }
    int lineEnd = pos;
    while (lineEnd < text.length()
        && text.charAt(lineEnd) != '\n'
        && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    int column = pos - lineStart;
    out.append(name.equals("-") ? "<stdin>" : name)
        .append(':')
        .append(line(pos))
        .append(':')
        .append(column + 1)
        .append(": ")
        .append(kind.label())
        .append(message)
        .append('\n');
    String lineText = text.substring(lineStart, lineEnd);
    if (lineText.chars().anyMatch(c -> c > 0x7f)) {
      // LLVM cannot align carets under multi-byte characters, so it shows only the line.
      appendExpanded(out, lineText);
      return;
    }
    char[] caret = new char[lineText.length() + 1];
    Arrays.fill(caret, ' ');
    if (rangeStart >= 0 && rangeStart <= lineEnd && rangeEnd >= lineStart) {
      int from = Math.max(rangeStart, lineStart) - lineStart;
      int to = Math.min(Math.min(rangeEnd, lineEnd) - lineStart, caret.length);
      Arrays.fill(caret, from, Math.max(from, to), '~');
    }
    caret[Math.min(column, lineText.length())] = '^';
    int caretEnd = caret.length;
    while (caret[caretEnd - 1] == ' ') {
      caretEnd--;
    }
    appendExpanded(out, lineText);
    int outCol = 0;
    for (int i = 0; i < caretEnd; i++) {
      if (i >= lineText.length() || lineText.charAt(i) != '\t') {
        out.append(caret[i]);
        outCol++;
        continue;
      }
      do {
        out.append(caret[i]);
        outCol++;
      } while (outCol % TAB_STOP != 0);
    }
    out.append('\n');
  }

  private static void appendExpanded(StringBuilder out, String line) {
    int outCol = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\t') {
        out.append(c);
        outCol++;
        continue;
      }
      do {
        out.append(' ');
        outCol++;
      } while (outCol % TAB_STOP != 0);
    }
    out.append('\n');
  }
}
