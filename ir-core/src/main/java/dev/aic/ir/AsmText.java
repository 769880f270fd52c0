package dev.aic.ir;

import java.nio.charset.StandardCharsets;

/** Lexical helpers shared by every printer: string escaping and identifier quoting. */
public final class AsmText {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private AsmText() {}

  /**
   * Appends {@code value} as an MLIR string literal: printable ASCII as is, {@code \\} doubled, and
   * every other byte of its UTF-8 encoding (quotes, control characters, non-ASCII) as {@code \XX},
   * exactly as MLIR prints it.
   */
  public static void appendQuoted(StringBuilder out, String value) {
    if (isPlain(value)) {
      out.append('"').append(value).append('"');
      return;
    }
    out.append('"');
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c == '\\') {
        out.append("\\\\");
      } else if (c >= 0x20 && c < 0x7f && c != '"') {
        out.append((char) c);
      } else {
        out.append('\\').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    out.append('"');
  }

  /** Whether every character is printable ASCII other than a quote or a backslash. */
  private static boolean isPlain(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** {@code value} as an MLIR string literal; see {@link #appendQuoted}. */
  public static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    appendQuoted(out, value);
    return out.toString();
  }

  /**
   * Whether {@code name} may be printed without quotes as a bare identifier, a dictionary key or a
   * symbol name: {@code [a-zA-Z_][a-zA-Z0-9_$.]*}.
   */
  public static boolean isBareIdentifier(String name) {
    if (name.isEmpty() || !(isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(isLetter(c) || isDigit(c) || c == '_' || c == '$' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  /** {@code name} bare when it is a valid identifier, quoted otherwise. */
  public static String keyword(String name) {
    return isBareIdentifier(name) ? name : quoted(name);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
