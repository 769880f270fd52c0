package dev.aic.opt.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/** A numeric expression's syntax tree: literals, variable uses and binary operations. */
sealed interface NumericExpression {
  /** The expression's text in the check file, which messages point at. */
  Text text();

  /**
   * Evaluates the expression, adding the uses of undefined variables to {@code undefined} (in
   * evaluation order) and returning null when there are any, or when dividing by zero.
   */
  BigInteger eval(List<Text> undefined);

  /** The format implied by the variables used, or throws on a conflict. */
  ExpressionFormat implicitFormat() throws PatternError;

  /** An integer literal. */
  record Literal(Text text, BigInteger value) implements NumericExpression {
    @Override
    public BigInteger eval(List<Text> undefined) {
      return value;
    }

    @Override
    public ExpressionFormat implicitFormat() {
      return ExpressionFormat.NO_FORMAT;
    }
  }

  /** A use of a numeric variable (or of {@code @LINE}). */
  record VariableUse(Text text, NumericVariable variable) implements NumericExpression {
    @Override
    public BigInteger eval(List<Text> undefined) {
      if (variable.value() == null) {
        undefined.add(text);
      }
      return variable.value();
    }

    @Override
    public ExpressionFormat implicitFormat() {
      return variable.format();
    }
  }

  /** A binary operator or two-argument function call. */
  record Binary(
      Text text,
      BinaryOperator<BigInteger> operation,
      NumericExpression left,
      NumericExpression right)
      implements NumericExpression {
    @Override
    public BigInteger eval(List<Text> undefined) {
      List<Text> missing = new ArrayList<>();
      BigInteger l = left.eval(missing);
      BigInteger r = right.eval(missing);
      if (!missing.isEmpty()) {
        undefined.addAll(missing);
        return null;
      }
      if (l == null || r == null) {
        return null;
      }
      return operation.apply(l, r);
    }

    @Override
    public ExpressionFormat implicitFormat() throws PatternError {
      PatternError errors = null;
      ExpressionFormat l = null;
      ExpressionFormat r = null;
      try {
        l = left.implicitFormat();
      } catch (PatternError e) {
        errors = e;
      }
      try {
        r = right.implicitFormat();
      } catch (PatternError e) {
        errors = errors == null ? e : errors.join(e);
      }
      if (errors != null) {
        throw errors;
      }
      if (l.isSet() && r.isSet() && !l.equals(r)) {
        throw new PatternError(
            text,
            "implicit format conflict between '"
                + left.text()
                + "' ("
                + l
                + ") and '"
                + right.text()
                + "' ("
                + r
                + "), need an explicit format specifier");
      }
      return l.isSet() ? l : r;
    }
  }
}
