package dev.aic.ir.pass;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads MLIR's textual pipeline syntax into {@link PipelineElement}s:
 *
 * <pre>
 * pipeline ::= element (',' element)*
 * element  ::= name ('{' options '}')? ('(' pipeline? ')')?
 * </pre>
 *
 * Whitespace around names is ignored; braces in options nest, and quotes hide braces.
 */
final class PipelineParser {
  private final String text;
  private int pos;

  private PipelineParser(String text) {
    this.text = text;
  }

  /**
   * Parses {@code text}.
   *
   * @throws PipelineException at the offending character
   */
  static List<PipelineElement> parse(String text) {
    PipelineParser parser = new PipelineParser(text);
    List<PipelineElement> elements = parser.pipeline(-1);
    if (parser.pos < text.length()) {
      throw parser.error(
          "encountered extra closing ')' creating unbalanced parentheses while parsing pipeline",
          parser.pos);
    }
    return elements;
  }

  /** A pipeline up to a closing parenthesis or the end; {@code open} is the '(' it follows. */
  private List<PipelineElement> pipeline(int open) {
    List<PipelineElement> elements = new ArrayList<>();
    skipSpace();
    if (open >= 0 && peek() == ')') {
      pos++;
      return elements;
    }
    while (true) {
      elements.add(element());
      skipSpace();
      if (pos >= text.length()) {
        if (open >= 0) {
          throw error("encountered unbalanced parentheses while parsing pipeline", open);
        }
        return elements;
      }
      char c = text.charAt(pos);
      if (c == ',') {
        pos++;
        continue;
      }
      if (c == ')') {
        if (open < 0) {
          return elements;
        }
        pos++;
        return elements;
      }
      throw error(
          "expected ',' or ')' after '" + elements.get(elements.size() - 1).name() + "'", pos);
    }
  }

  private PipelineElement element() {
    skipSpace();
    int start = pos;
    while (pos < text.length() && "{}(),".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String name = text.substring(start, pos).strip();
    if (name.isEmpty()) {
      throw error("'' does not refer to a registered pass or pass pipeline", start);
    }
    String options = null;
    int optionsOffset = -1;
    if (peek() == '{') {
      optionsOffset = pos + 1;
      options = text.substring(optionsOffset, closeBrace(pos));
      pos = optionsOffset + options.length() + 1;
    }
    skipSpace();
    List<PipelineElement> nested = null;
    if (peek() == '(') {
      int open = pos++;
      nested = pipeline(open);
    }
    return new PipelineElement(name, start, options, optionsOffset, nested);
  }

  /** The offset of the '}' that closes the '{' at {@code open}. */
  private int closeBrace(int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int close = text.indexOf(c, i + 1);
        if (close < 0) {
          throw error("unterminated quoted string in pass options", i);
        }
        i = close;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    throw error("missing closing '}' while processing pass options", open);
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : 0;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private PipelineException error(String message, int offset) {
    return new PipelineException(message, text, offset);
  }
}
