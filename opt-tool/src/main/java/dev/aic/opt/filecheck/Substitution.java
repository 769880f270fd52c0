package dev.aic.opt.filecheck;

import dev.aic.text.diag.PosixRegex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** A {@code [[VAR]]} or {@code [[#expr]]} whose value is spliced into a regex when matching. */
sealed interface Substitution {
  /** The variable name or expression text, which messages quote and point at. */
  Text from();

  /** Where in the pattern's regex the value goes. */
  int index();

  /** The value as a regex, or throws the located reasons it has none. */
  String regex() throws PatternError;

  /** The value quoted for a {@code with "X" equal to ...} note, or null if it has none. */
  default String forDiagnostics() {
    try {
      return quoted();
    } catch (PatternError e) {
      return null;
    }
  }

  /** The value quoted as notes show it. */
  String quoted() throws PatternError;

  /** A string variable's value. */
  record Str(Text from, int index, PatternContext context) implements Substitution {
    private Text value() throws PatternError {
      Text value = context.stringValue(from.toString());
      if (value == null) {
        throw new PatternError(from, "undefined variable: " + from);
      }
      return value;
    }

    @Override
    public String regex() throws PatternError {
      return PosixRegex.escape(value().toString());
    }

    @Override
    public String quoted() throws PatternError {
      String value = value().toString();
      // Escape only values that are hard to read, and then say so.
      boolean escape = value.chars().anyMatch(c -> c < 0x20 || c >= 0x7f || c == '"');
      return escape ? "\"" + Escapes.escape(value) + "\" (escaped value)" : "\"" + value + "\"";
    }
  }

  /** A numeric expression's value, written in the expression's format. */
  record Numeric(Text from, int index, NumericExpression expression, ExpressionFormat format)
      implements Substitution {
    @Override
    public String regex() throws PatternError {
      List<Text> undefined = new ArrayList<>();
      BigInteger value = expression.eval(undefined);
      if (!undefined.isEmpty()) {
        PatternError error = null;
        for (Text use : undefined) {
          PatternError one = new PatternError(use, "undefined variable: " + use);
          error = error == null ? one : error.join(one);
        }
        throw error;
      }
      String text = value == null ? null : format.matchingString(value);
      if (text == null) {
        throw new PatternError(
            from, "unable to substitute variable or numeric expression: overflow error");
      }
      return text;
    }

    @Override
    public String quoted() throws PatternError {
      return "\"" + regex() + "\"";
    }
  }
}
