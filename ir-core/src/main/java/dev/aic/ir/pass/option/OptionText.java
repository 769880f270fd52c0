package dev.aic.ir.pass.option;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical rules of MLIR's option text: entries separated by spaces, {@code name=value} or a
 * bare {@code name}; values may be {@code "quoted"} or {@code {braced}} (braces nest), so they may
 * hold spaces and commas; list values separate items with top-level commas.
 */
public final class OptionText {
  private OptionText() {}

  /**
   * One {@code name=value} entry.
   *
   * @param name the option name
   * @param value the value text with its quotes or braces, or {@code null} for a bare name
   * @param offset where the entry starts in the option text
   */
  public record Entry(String name, String value, int offset) {}

  /**
   * Splits option text into entries.
   *
   * @throws OptionException if a quote or brace is not closed
   */
  public static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      if (Character.isWhitespace(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length()
          && text.charAt(i) != '='
          && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      String name = text.substring(start, i);
      if (i >= text.length() || text.charAt(i) != '=') {
        out.add(new Entry(name, null, start));
        continue;
      }
      int valueStart = ++i;
      i = skipValue(text, i);
      out.add(new Entry(name, text.substring(valueStart, i), start));
    }
    return out;
  }

  /** The end of the value starting at {@code i}: the first top-level space. */
  private static int skipValue(String text, int i) {
    int depth = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int close = text.indexOf(c, i + 1);
        if (close < 0) {
          throw new OptionException("unterminated quoted value", i);
        }
        i = close + 1;
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (depth == 0 && Character.isWhitespace(c)) {
        break;
      }
      i++;
    }
    if (depth > 0) {
      throw new OptionException("unbalanced braces in option value", i);
    }
    return i;
  }

  /** The items of a list value, split on commas outside quotes and braces. */
  public static List<String> splitList(String text) {
    String body = unwrapBraces(text.trim());
    List<String> out = new ArrayList<>();
    if (body.isEmpty()) {
      return out;
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '"' || c == '\'') {
        int close = body.indexOf(c, i + 1);
        i = close < 0 ? body.length() - 1 : close;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(body.substring(start, i));
        start = i + 1;
      }
    }
    out.add(body.substring(start));
    return out;
  }

  /** A value without one pair of enclosing quotes or braces. */
  public static String unwrap(String value) {
    String v = value.trim();
    if (v.length() >= 2
        && (v.charAt(0) == '"' || v.charAt(0) == '\'')
        && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return unwrapBraces(v);
  }

  private static String unwrapBraces(String v) {
    if (v.length() >= 2 && v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}') {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
