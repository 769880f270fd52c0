package dev.aic.ir.transforms;

/**
 * Text indented by nesting level, as MLIR's {@code raw_indented_ostream} writes it: two spaces a
 * level at the start of each line that has something besides white space, and lines of only white
 * space written as empty lines. Newlines inside a written string (from an op or attribute name)
 * start indented lines too, which is why this is not a plain per-statement prefix.
 */
final class IndentedOutput {
  private final StringBuilder out = new StringBuilder();
  private int level;
  private boolean atLineStart = true;

  /** Indents what follows by one more level. */
  void indent() {
    level++;
  }

  /** Indents what follows by one level less. */
  void unindent() {
    level--;
  }

  /** Writes {@code text}, indenting each of its lines that has something to show. */
  void write(String text) {
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      String line = text.substring(start, end);
      if (!isWhiteSpace(line)) {
        if (atLineStart) {
          out.append("  ".repeat(level));
        }
        out.append(line);
        atLineStart = false;
      }
      if (newline < 0) {
        break;
      }
      out.append('\n');
      atLineStart = true;
      start = newline + 1;
    }
  }

  /** Whether {@code line} holds only the characters LLVM trims: space, tab, CR, LF, VT, FF. */
  private static boolean isWhiteSpace(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (" \t\r\n\u000B\f".indexOf(line.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** Everything written so far. */
  String text() {
    return out.toString();
  }
}
