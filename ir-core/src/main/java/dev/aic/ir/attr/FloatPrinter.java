package dev.aic.ir.attr;

import dev.aic.ir.type.FloatFormat;
import dev.aic.ir.type.FloatFormat.Category;
import dev.aic.ir.type.FloatFormat.Decoded;
import dev.aic.ir.type.FloatKind;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Prints float values exactly as MLIR's {@code printFloatValue}: first in exponent form with six
 * digits after the point ({@code 1.000000e+00}) if that reads back to the same bits; otherwise in
 * APFloat's default form ({@code 0.33333333333300003}, {@code 3.40282347E+38}) if it has a point;
 * otherwise (infinity, NaN, integers too long for the default form) as the hex bit pattern ({@code
 * 0x7FC00000}).
 *
 * <p>The decimal digits follow APFloat's {@code toString} step by step, including its truncating
 * first cut and round-half-up second cut, so that every digit matches MLIR's.
 */
public final class FloatPrinter {
  private static final BigInteger FIVE = BigInteger.valueOf(5);

  private FloatPrinter() {}

  /** The MLIR text of the pattern {@code bits} of {@code kind}, without a type. */
  public static String print(FloatKind kind, BigInteger bits) {
    Decoded d = FloatFormat.decode(kind, bits);
    if (d.category() == Category.ZERO || d.category() == Category.FINITE) {
      String exponentForm = format(kind, d, 6, 0, false);
      if (FloatFormat.round(kind, new BigDecimal(exponentForm), d.negative()).equals(bits)) {
        return exponentForm;
      }
      String shortest = format(kind, d, 0, 3, true);
      if (shortest.indexOf('.') >= 0) {
        return shortest;
      }
    }
    return hex(bits);
  }

  /** {@code 0x7FC00000}: the bits in upper-case hex, as MLIR prints non-decimal floats. */
  public static String hex(BigInteger bits) {
    return "0x" + bits.toString(16).toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * APFloat's {@code toString(precision, maxPadding, truncateZero)} of a zero or finite value:
   * {@code precision} significant digits (0: enough to round-trip), plain notation when at most
   * {@code maxPadding} zeros are needed (0: always scientific), {@code truncateZero} choosing
   * {@code 1.0E+0} over {@code 1.000000e+00}.
   */
  public static String format(
      FloatKind kind, Decoded d, int precision, int maxPadding, boolean truncateZero) {
    StringBuilder out = new StringBuilder();
    if (d.negative()) {
      out.append('-');
    }
    if (d.category() == Category.ZERO) {
      if (maxPadding != 0) {
        out.append('0');
      } else if (truncateZero) {
        out.append("0.0E+0");
      } else {
        out.append("0.0").append("0".repeat(Math.max(0, precision - 1))).append("e+00");
      }
      return out.toString();
    }
    if (precision == 0) {
      precision = 2 + kind.precision() * 59 / 196;
    }
    // value = significand * 2^exp, with trailing binary zeros dropped.
    BigInteger significand = d.significand();
    int exp = d.exponent();
    int trailing = significand.getLowestSetBit();
    significand = significand.shiftRight(trailing);
    exp += trailing;
    // Now as significand * 10^exp.
    if (exp > 0) {
      significand = significand.shiftLeft(exp);
      exp = 0;
    } else if (exp < 0) {
      significand = significand.multiply(FIVE.pow(-exp));
    }
    // First cut, by truncation: keep about `precision` digits' worth of bits.
    int bits = significand.bitLength();
    int bitsRequired = (precision * 196 + 58) / 59;
    if (bits > bitsRequired) {
      int tensRemovable = (bits - bitsRequired) * 59 / 196;
      if (tensRemovable > 0) {
        exp += tensRemovable;
        significand = significand.divide(BigInteger.TEN.pow(tensRemovable));
      }
    }
    // Digits, least significant first, without trailing zeros.
    String all = significand.toString();
    int end = all.length();
    while (end > 1 && all.charAt(end - 1) == '0') {
      end--;
    }
    exp += all.length() - end;
    StringBuilder digits = new StringBuilder(all.substring(0, end)).reverse();
    // Second cut, rounding half up, to `precision` significant digits.
    int n = digits.length();
    if (n > precision) {
      int first = n - precision;
      if (digits.charAt(first - 1) < '5') {
        while (first < n && digits.charAt(first) == '0') {
          first++;
        }
        exp += first;
        digits.delete(0, first);
      } else {
        int i = first;
        while (i < n && digits.charAt(i) == '9') {
          i++;
        }
        if (i == n) {
          exp += n;
          digits.setLength(0);
          digits.append('1');
        } else {
          digits.setCharAt(i, (char) (digits.charAt(i) + 1));
          exp += i;
          digits.delete(0, i);
        }
      }
    }
    appendDigits(out, digits.reverse().toString(), exp, precision, maxPadding, truncateZero);
    return out.toString();
  }

  /** Lays out {@code digits * 10^exp} (digits most significant first, no trailing zeros). */
  private static void appendDigits(
      StringBuilder out, String digits, int exp, int precision, int maxPadding, boolean truncate) {
    int nDigits = digits.length();
    boolean scientific;
    if (maxPadding == 0) {
      scientific = true;
    } else if (exp >= 0) {
      scientific = exp > maxPadding || nDigits + exp > precision;
    } else {
      int msd = exp + nDigits - 1;
      scientific = msd < 0 && -msd > maxPadding;
    }
    if (scientific) {
      exp += nDigits - 1;
      out.append(digits.charAt(0)).append('.');
      if (nDigits == 1 && truncate) {
        out.append('0');
      } else {
        out.append(digits, 1, nDigits);
      }
      if (!truncate && precision > nDigits - 1) {
        out.append("0".repeat(precision - nDigits + 1));
      }
      out.append(truncate ? 'E' : 'e').append(exp >= 0 ? '+' : '-');
      String e = Integer.toString(Math.abs(exp));
      if (!truncate && e.length() < 2) {
        out.append('0');
      }
      out.append(e);
    } else if (exp >= 0) {
      out.append(digits).append("0".repeat(exp));
    } else {
      int whole = exp + nDigits;
      if (whole > 0) {
        out.append(digits, 0, whole).append('.').append(digits, whole, nDigits);
      } else {
        out.append("0.").append("0".repeat(-whole)).append(digits);
      }
    }
  }
}
