package dev.aic.opt.lit;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lit's {@code %if feature %{ text %} %else %{ other %}} substitution, which keeps one branch
 * depending on a feature expression.
 */
final class ConditionalSubstitution {
  private static final Pattern ELSE = Pattern.compile("^\\s*%else\\s*(%\\{)?");
  private static final Pattern TEXT_NESTED = Pattern.compile("(.*?)(?:%if|%})", Pattern.DOTALL);
  private static final Pattern TEXT_TOP = Pattern.compile("(.*?)(?:%if)", Pattern.DOTALL);

  private final Set<String> features;
  private String rest;

  private ConditionalSubstitution(String line, Set<String> features) {
    this.rest = line;
    this.features = features;
  }

  /** Resolves every {@code %if} in {@code line} against {@code features}. */
  static String expand(String line, Set<String> features) throws LitSyntaxException {
    if (!line.contains("%if ")) {
      return line;
    }
    return new ConditionalSubstitution(line, features).parse(false);
  }

  private String parse(boolean nested) throws LitSyntaxException {
    StringBuilder result = new StringBuilder();
    while (!rest.isEmpty()) {
      if (nested && rest.startsWith("%}")) {
        break;
      }
      if (rest.startsWith("%if ")) {
        result.append(parseIf());
        continue;
      }
      Matcher m = (nested ? TEXT_NESTED : TEXT_TOP).matcher(rest);
      if (m.find()) {
        result.append(rest, 0, m.end(1));
        rest = rest.substring(m.end(1));
      } else {
        result.append(rest);
        rest = "";
      }
    }
    return result.toString();
  }

  private String parseIf() throws LitSyntaxException {
    rest = rest.substring(4);
    int open = rest.indexOf("%{");
    if (open < 0) {
      throw new LitSyntaxException("'%{' is missing for %if substitution");
    }
    String condition = rest.substring(0, open);
    rest = rest.substring(open + 2);
    String ifBranch = parse(true);
    if (!rest.startsWith("%}")) {
      throw new LitSyntaxException("'%}' is missing for %if substitution");
    }
    rest = rest.substring(2);
    String elseBranch = "";
    Matcher m = ELSE.matcher(rest);
    if (m.find()) {
      if (m.group(1) == null) {
        throw new LitSyntaxException("'%{' is missing for %else substitution");
      }
      rest = rest.substring(m.end());
      elseBranch = parse(true);
      if (!rest.startsWith("%}")) {
        throw new LitSyntaxException("'%}' is missing for %else substitution");
      }
      rest = rest.substring(2);
    }
    return FeatureExpression.evaluate(condition, features) ? ifBranch : elseBranch;
  }
}
