package dev.aic.text.parse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Decodes MLIR string literals: {@code \n}, {@code \t}, {@code \"}, {@code \\} and {@code \XX}. */
final class Strings {
  private Strings() {}

  /** The value of the string literal {@code token}, reporting a bad escape. */
  static String decode(ParserState state, Token token) {
    String source = state.source().text();
    int close = token.end() - 1;
    if (!hasEscape(source, token.start() + 1, close)) {
      return source.substring(token.start() + 1, close);
    }
    String text = state.text(token);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 1; i < text.length() - 1; i++) {
      char c = text.charAt(i);
      if (c != '\\') {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length() - 1) {
          encoded = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.writeBytes(encoded);
        continue;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'n' -> bytes.write('\n');
        case 't' -> bytes.write('\t');
        case '"', '\\' -> bytes.write(e);
        default -> {
          int high = i < text.length() - 1 ? Character.digit(e, 16) : -1;
          int low = i + 1 < text.length() - 1 ? Character.digit(text.charAt(i + 1), 16) : -1;
          if (high < 0 || low < 0) {
            throw state.error(
                new dev.aic.ir.loc.FileLineColLoc(
                    state.source().name(), token.line(), token.column() + i - 1),
                "unknown escape in string literal");
          }
          bytes.write(high * 16 + low);
          i++;
        }
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean hasEscape(String source, int start, int end) {
    for (int i = start; i < end; i++) {
      if (source.charAt(i) == '\\') {
        return true;
      }
    }
    return false;
  }
}
