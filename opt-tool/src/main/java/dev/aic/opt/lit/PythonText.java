package dev.aic.opt.lit;

/** Renders strings the way lit's messages do, which print them with Python's {@code repr}. */
final class PythonText {
  private PythonText() {}

  /** Python's {@code repr} of a string: single quotes unless only double quotes avoid escapes. */
  static String repr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c == quote) {
            out.append('\\');
          }
          out.append(c);
        }
      }
    }
    return out.append(quote).toString();
  }

  /**
   * Python's {@code shlex.quote}: the word itself when it holds only safe characters, otherwise
   * single-quoted with embedded single quotes spelled {@code '"'"'}.
   */
  static String shellQuote(String s) {
    if (s.isEmpty()) {
      return "''";
    }
    if (s.chars().allMatch(PythonText::isShellSafe)) {
      return s;
    }
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }

  private static boolean isShellSafe(int c) {
    return c < 128 && (Character.isLetterOrDigit(c) || "@%+=:,./-_".indexOf(c) >= 0);
  }
}
