package dev.aic.text.parse;

import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.lex.MlirLexer;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The token-level helpers the attribute and type parsers share: MLIR's keyword set, string literal
 * decoding with MLIR's escapes, integer literal values, and the splitting of identifiers that
 * dimension lists need ({@code 4x8xf32} lexes as {@code 4} and {@code x8xf32}).
 */
final class Lexemes {
  /**
   * The words MLIR's lexer makes keyword tokens of (our lexer makes them bare identifiers); a
   * dictionary key or a dialect keyword may still be one of them.
   */
  static final Set<String> KEYWORDS =
      Set.of(
          "affine_map",
          "affine_set",
          "array",
          "attributes",
          "bf16",
          "ceildiv",
          "complex",
          "dense",
          "dense_resource",
          "distinct",
          "f16",
          "f32",
          "f64",
          "f80",
          "f128",
          "false",
          "floordiv",
          "for",
          "func",
          "index",
          "loc",
          "max",
          "memref",
          "min",
          "mod",
          "none",
          "offset",
          "size",
          "sparse",
          "step",
          "strided",
          "symbol",
          "tensor",
          "tf32",
          "to",
          "true",
          "tuple",
          "type",
          "unit",
          "vector");

  private Lexemes() {}

  /** Whether {@code text} spells an integer type, {@code [su]?i[0-9]+}. */
  static boolean isIntegerType(String text) {
    int i = text.startsWith("si") || text.startsWith("ui") ? 2 : text.startsWith("i") ? 1 : -1;
    if (i < 0 || i == text.length()) {
      return false;
    }
    for (; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of an integer literal's spelling, decimal or {@code 0x} hex; never negative. */
  static BigInteger integerValue(String spelling) {
    boolean hex = isHex(spelling);
    // Through a long when that cannot overflow: BigInteger.valueOf shares the small values.
    if (hex ? spelling.length() <= 17 : spelling.length() <= 18) {
      return BigInteger.valueOf(
          hex ? Long.parseLong(spelling, 2, spelling.length(), 16) : Long.parseLong(spelling));
    }
    return hex ? new BigInteger(spelling.substring(2), 16) : new BigInteger(spelling, 10);
  }

  /**
   * How many digits an integer literal's spelling has after its {@code 0x} and leading zeros: an
   * upper bound on the decimal digits of its value.
   */
  static int significantDigits(String spelling) {
    int start = isHex(spelling) ? 2 : 0;
    while (start < spelling.length() && spelling.charAt(start) == '0') {
      start++;
    }
    int digits = spelling.length() - start;
    // A hex digit is at most log10(16) < 1.21 decimal digits.
    return isHex(spelling) ? digits * 121 / 100 + 1 : digits;
  }

  /** Whether an integer literal is written in hex ({@code 0x...}). */
  static boolean isHex(String spelling) {
    return spelling.length() > 1 && spelling.charAt(1) == 'x';
  }

  /**
   * Decodes a string literal ({@code "..."}, or the quoted name of {@code @"..."} when {@code skip}
   * is 1) as MLIR does: {@code \n \t \" \\} and {@code \XX} hex bytes, the bytes then read as
   * UTF-8. An unknown escape is reported at its backslash, as MLIR's lexer does.
   */
  static String decodeString(ParserState state, Token token, int skip) {
    String text = state.text(token);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int end = text.length() - 1;
    int i = skip + 1;
    while (i < end) {
      char c = text.charAt(i);
      if (c != '\\') {
        int j = i;
        while (j < end && text.charAt(j) != '\\') {
          j++;
        }
        byte[] run = text.substring(i, j).getBytes(StandardCharsets.UTF_8);
        bytes.write(run, 0, run.length);
        i = j;
        continue;
      }
      char c1 = i + 1 < end ? text.charAt(i + 1) : '\0';
      switch (c1) {
        case '"', '\\' -> {
          bytes.write(c1);
          i += 2;
        }
        case 'n' -> {
          bytes.write('\n');
          i += 2;
        }
        case 't' -> {
          bytes.write('\t');
          i += 2;
        }
        default -> {
          char c2 = i + 2 < end ? text.charAt(i + 2) : '\0';
          if (!isHexDigit(c1) || !isHexDigit(c2)) {
            FileLineColLoc at =
                new FileLineColLoc(state.source().name(), token.line(), token.column() + i);
            throw state.error(at, "unknown escape in string literal");
          }
          bytes.write(Character.digit(c1, 16) * 16 + Character.digit(c2, 16));
          i += 3;
        }
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Splits the identifier characters {@code [from, token.end)} of {@code token} into the tokens
   * MLIR's lexer would make of them when reset into the middle of the identifier, and pushes them
   * back so they come next. A hex integer like {@code 0xf32} read as a dimension {@code 0} is split
   * the same way; its remainder joins an identifier that directly follows it.
   */
  static void pushBackRemainder(ParserState state, Token token, int from) {
    TokenCursor tokens = state.tokens();
    int end = token.end();
    Token next = tokens.peek();
    if (token.kind() == MlirLexer.INTEGER
        && next.start() == end
        && next.kind() == MlirLexer.BARE_ID) {
      tokens.skip();
      end = next.end();
    }
    if (from >= end) {
      return;
    }
    String text = state.source().text();
    List<Token> pieces = new ArrayList<>();
    int i = from;
    while (i < end) {
      int start = i;
      char c = text.charAt(i);
      int kind;
      if (isDigit(c)) {
        kind = MlirLexer.INTEGER;
        if (c == '0'
            && i + 2 < end
            && text.charAt(i + 1) == 'x'
            && isHexDigit(text.charAt(i + 2))) {
          i += 2;
          while (i < end && isHexDigit(text.charAt(i))) {
            i++;
          }
        } else {
          while (i < end && isDigit(text.charAt(i))) {
            i++;
          }
          if (i < end && text.charAt(i) == '.') {
            kind = MlirLexer.FLOAT;
            i++;
            while (i < end && isDigit(text.charAt(i))) {
              i++;
            }
          }
        }
      } else if (isLetter(c) || c == '_') {
        kind = MlirLexer.BARE_ID;
        i = end;
      } else {
        kind = MlirLexer.BAD_CHARACTER;
        i++;
      }
      pieces.add(new Token(kind, start, i, token.line(), token.column() + (start - token.start())));
    }
    for (int k = pieces.size() - 1; k >= 0; k--) {
      tokens.pushBack(pieces.get(k));
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isHexDigit(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
