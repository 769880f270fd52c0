package dev.aic.opt.filecheck;

import java.math.BigInteger;
import java.util.Locale;

/**
 * How a numeric value is written in the input: {@code %u}, {@code %d}, {@code %x}, {@code %X}, with
 * an optional minimum number of digits ({@code %.8x}) and {@code 0x} prefix ({@code %#x}).
 *
 * @param kind the radix and signedness, or {@link Kind#NONE} when not yet known
 * @param precision the minimum number of digits, 0 for none
 * @param alternate whether hex values carry a {@code 0x} prefix
 */
record ExpressionFormat(Kind kind, int precision, boolean alternate) {
  /** The format kinds, named as FileCheck names them in messages. */
  enum Kind {
    NONE("<none>"),
    UNSIGNED("%u"),
    SIGNED("%d"),
    HEX_UPPER("%X"),
    HEX_LOWER("%x");

    private final String spelling;

    Kind(String spelling) {
      this.spelling = spelling;
    }
  }

  static final ExpressionFormat NO_FORMAT = new ExpressionFormat(Kind.NONE, 0, false);
  static final ExpressionFormat UNSIGNED = new ExpressionFormat(Kind.UNSIGNED, 0, false);

  boolean isSet() {
    return kind != Kind.NONE;
  }

  private boolean isHex() {
    return kind == Kind.HEX_UPPER || kind == Kind.HEX_LOWER;
  }

  @Override
  public String toString() {
    return kind.spelling;
  }

  /** The regex (ERE) that matches any value written in this format. */
  String wildcardRegex() {
    String prefix = alternate ? "0x" : "";
    String digits =
        switch (kind) {
          case HEX_UPPER -> "[0-9A-F]";
          case HEX_LOWER -> "[0-9a-f]";
          default -> "[0-9]";
        };
    String sign = kind == Kind.SIGNED ? "-?" : "";
    if (precision > 0) {
      String lead =
          switch (kind) {
            case HEX_UPPER -> "[1-9A-F]";
            case HEX_LOWER -> "[1-9a-f]";
            default -> "[1-9]";
          };
      return prefix + sign + "(" + lead + digits + "*)?" + digits + "{" + precision + "}";
    }
    return (isHex() ? prefix : "") + sign + digits + "+";
  }

  /** How {@code value} is written in this format, or null when it cannot be (negative unsigned). */
  String matchingString(BigInteger value) {
    if (kind != Kind.SIGNED && value.signum() < 0) {
      return null;
    }
    String digits = value.abs().toString(isHex() ? 16 : 10);
    if (kind == Kind.HEX_UPPER) {
      digits = digits.toUpperCase(Locale.ROOT);
    }
    if (precision > digits.length()) {
      digits = "0".repeat(precision - digits.length()) + digits;
    }
    return (value.signum() < 0 ? "-" : "") + (alternate ? "0x" : "") + digits;
  }

  /** Reads a value that {@link #wildcardRegex()} matched. */
  BigInteger valueOf(String text) {
    boolean negative = text.startsWith("-");
    String digits = negative ? text.substring(1) : text;
    if (kind != Kind.SIGNED && alternate && digits.startsWith("0x")) {
      digits = digits.substring(2);
    }
    BigInteger value = new BigInteger(digits, isHex() ? 16 : 10);
    return negative ? value.negate() : value;
  }
}
