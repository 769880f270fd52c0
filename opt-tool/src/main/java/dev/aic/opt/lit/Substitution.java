package dev.aic.opt.lit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One lit substitution: every match of {@code pattern} (a regular expression, as in lit) is
 * replaced by {@code replacement} taken literally.
 *
 * @param source the pattern as written, which DEFINE/REDEFINE look names up in
 * @param pattern the compiled pattern
 * @param replacement the literal replacement text
 */
public record Substitution(String source, Pattern pattern, String replacement) {
  private static final Pattern QUANTIFIER = Pattern.compile("\\{\\d*(,\\d*)?}");

  /** A substitution of a literal text, such as {@code %s} or {@code %{pathsep}}. */
  public static Substitution literal(String text, String replacement) {
    return new Substitution(text, Pattern.compile(Pattern.quote(text)), replacement);
  }

  /**
   * A substitution whose pattern is a Python regular expression, as in {@code lit.cfg.py} and
   * DEFINE directives. Python reads a brace that does not start a quantifier literally (so {@code
   * %{name}} is plain text); Java does not, so such braces are escaped first.
   *
   * @throws LitSyntaxException when the pattern is not a valid regular expression
   */
  public static Substitution regex(String pythonRegex, String replacement)
      throws LitSyntaxException {
    try {
      return new Substitution(
          pythonRegex, Pattern.compile(escapeLiteralBraces(pythonRegex)), replacement);
    } catch (PatternSyntaxException e) {
      throw new LitSyntaxException(
          "bad substitution pattern " + PythonText.repr(pythonRegex) + ": " + e.getDescription());
    }
  }

  private static String escapeLiteralBraces(String regex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' && i + 1 < regex.length()) {
        out.append(c).append(regex.charAt(++i));
      } else if (c == '{') {
        Matcher q = QUANTIFIER.matcher(regex).region(i, regex.length());
        boolean quantifier = q.lookingAt() && i > 0 && !q.group().equals("{}");
        if (quantifier) {
          out.append(q.group());
          i = q.end() - 1;
        } else {
          out.append("\\{");
        }
      } else if (c == '}') {
        out.append("\\}");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Replaces every match in {@code line}. */
  public String apply(String line) {
    return pattern.matcher(line).replaceAll(Matcher.quoteReplacement(replacement));
  }
}
