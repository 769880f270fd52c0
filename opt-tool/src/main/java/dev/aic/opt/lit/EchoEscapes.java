package dev.aic.opt.lit;

/**
 * The escapes {@code echo -e} understands in lit, which decodes with Python's {@code
 * unicode_escape}: {@code \\ \' \" \a \b \f \n \r \t \v}, octal {@code \ooo}, {@code \xhh}, and a
 * backslash, {@code u} and four hex digits; any other backslash stays.
 */
final class EchoEscapes {
  private EchoEscapes() {}

  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        out.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case '\\', '\'', '"' -> out.append(n);
        case 'a' -> out.append('\u0007');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'v' -> out.append('\u000b');
        case '\n' -> {
          // A backslash-newline pair disappears.
        }
        case 'x' -> i = appendCode(s, i + 1, 2, 16, out) - 1;
        case 'u' -> i = appendCode(s, i + 1, 4, 16, out) - 1;
        default -> {
          if (n >= '0' && n <= '7') {
            int end = i;
            while (end < s.length()
                && end < i + 3
                && s.charAt(end) >= '0'
                && s.charAt(end) <= '7') {
              end++;
            }
            out.append((char) Integer.parseInt(s.substring(i, end), 8));
            i = end - 1;
          } else {
            out.append('\\').append(n);
          }
        }
      }
    }
    return out.toString();
  }

  /** Appends the character coded by {@code digits} digits at {@code start}; returns the end. */
  private static int appendCode(String s, int start, int digits, int radix, StringBuilder out) {
    int end = Math.min(s.length(), start + digits);
    try {
      out.append((char) Integer.parseInt(s.substring(start, end), radix));
      return end;
    } catch (NumberFormatException e) {
      // Python rejects a short code; keep the text as written instead of failing the test.
      out.append('\\').append(s.charAt(start - 1));
      return start;
    }
  }
}
