package dev.aic.opt.filecheck;

import java.math.BigInteger;

/** A numeric variable: its format, the check line that defines it, and its current value. */
final class NumericVariable {
  private final String name;
  private final ExpressionFormat format;
  private final Integer definitionLine;
  private BigInteger value;

  /** Where in the input the value was captured, for the input dump; null if not captured. */
  private Text capture;

  NumericVariable(String name, ExpressionFormat format, Integer definitionLine) {
    this.name = name;
    this.format = format;
    this.definitionLine = definitionLine;
  }

  String name() {
    return name;
  }

  ExpressionFormat format() {
    return format;
  }

  Integer definitionLine() {
    return definitionLine;
  }

  BigInteger value() {
    return value;
  }

  Text capture() {
    return capture;
  }

  void set(BigInteger newValue, Text newCapture) {
    value = newValue;
    capture = newCapture;
  }

  void clear() {
    value = null;
    capture = null;
  }
}
