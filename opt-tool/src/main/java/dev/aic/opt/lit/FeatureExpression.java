package dev.aic.opt.lit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * lit's boolean feature expressions, as used by {@code REQUIRES:}, {@code UNSUPPORTED:}, {@code
 * XFAIL:} and {@code %if}: {@code ||}, {@code &&}, {@code !}, parentheses, identifiers made of
 * {@code [-+=._a-zA-Z0-9]} and {@code {{regex}}} parts. An identifier is true when it names an
 * available feature (or is {@code true}); a pattern with regex parts is true when it matches a
 * whole feature name. Error messages are lit's.
 */
public final class FeatureExpression {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\A\\s*([()]|&&|\\|\\||!|(?:[-+=._a-zA-Z0-9]+|\\{\\{.+?\\}\\})+)\\s*(.*)\\z",
          Pattern.DOTALL);
  private static final Pattern REGEX_PART = Pattern.compile("\\{\\{.+?\\}\\}");

  /** Marks the end of the token list; compared by identity. */
  private static final String END = new String("<end>");

  private final Set<String> features;
  private String rest;
  private String token;

  private FeatureExpression(String expression, Set<String> features) {
    this.rest = expression;
    this.features = features;
  }

  /**
   * Evaluates {@code expression} with {@code features} available.
   *
   * @throws LitSyntaxException with lit's message when the expression is malformed
   */
  public static boolean evaluate(String expression, Set<String> features)
      throws LitSyntaxException {
    Set<String> available = new HashSet<>(features);
    available.add("true");
    try {
      FeatureExpression parser = new FeatureExpression(expression, available);
      parser.advance();
      boolean value = parser.parseOr();
      parser.expect(END);
      return value;
    } catch (LitSyntaxException e) {
      throw new LitSyntaxException(
          e.getMessage() + "\nin expression: " + PythonText.repr(expression));
    }
  }

  /**
   * Moves to the next token. Like lit's token generator, text that is no token is an error only
   * once the parser gets to it.
   */
  private void advance() throws LitSyntaxException {
    Matcher m = TOKEN.matcher(rest);
    if (!m.matches()) {
      if (rest.isEmpty()) {
        token = END;
        return;
      }
      throw new LitSyntaxException("couldn't parse text: " + PythonText.repr(rest));
    }
    token = m.group(1);
    rest = m.group(2);
  }

  private String token() {
    return token;
  }

  private boolean accept(String t) throws LitSyntaxException {
    if (token().equals(t) && token() != END) {
      advance();
      return true;
    }
    return false;
  }

  private void expect(String t) throws LitSyntaxException {
    if (t == END ? token() == END : token().equals(t)) {
      if (token() != END) {
        advance();
      }
      return;
    }
    throw new LitSyntaxException("expected: " + quote(t) + "\nhave: " + quote(token()));
  }

  private static String quote(String token) {
    return token == END ? "<end of expression>" : PythonText.repr(token);
  }

  private static boolean isMatchExpression(String token) {
    return token != END && !List.of("&&", "||", "!", "(", ")").contains(token);
  }

  // Both operands are always parsed, so a syntax error on the right is never skipped.
  private boolean parseOr() throws LitSyntaxException {
    boolean value = parseAnd();
    while (accept("||")) {
      boolean right = parseAnd();
      value = value || right;
    }
    return value;
  }

  private boolean parseAnd() throws LitSyntaxException {
    boolean value = parseNot();
    while (accept("&&")) {
      boolean right = parseNot();
      value = value && right;
    }
    return value;
  }

  private boolean parseNot() throws LitSyntaxException {
    if (accept("!")) {
      return !parseNot();
    }
    if (accept("(")) {
      boolean value = parseOr();
      expect(")");
      return value;
    }
    if (!isMatchExpression(token())) {
      throw new LitSyntaxException(
          "expected: '!', '(', '{{', or identifier\nhave: " + quote(token()));
    }
    return parseMatch();
  }

  private boolean parseMatch() throws LitSyntaxException {
    String token = token();
    StringBuilder regex = new StringBuilder();
    Matcher parts = REGEX_PART.matcher(token);
    int last = 0;
    while (parts.find()) {
      regex.append(Pattern.quote(token.substring(last, parts.start())));
      regex.append("(?:").append(token, parts.start() + 2, parts.end() - 2).append(')');
      last = parts.end();
    }
    regex.append(Pattern.quote(token.substring(last)));
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex.toString());
    } catch (PatternSyntaxException e) {
      throw new LitSyntaxException(e.getDescription() + " in " + PythonText.repr(token));
    }
    advance();
    return features.stream().anyMatch(f -> pattern.matcher(f).matches());
  }
}
