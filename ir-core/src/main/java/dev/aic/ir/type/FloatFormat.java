package dev.aic.ir.type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Exact conversions between the bit patterns of a {@link FloatKind} and numbers: decoding a pattern
 * to {@code significand * 2^exponent}, and rounding any rational number (a decimal literal, a
 * {@code double}) to the nearest pattern, ties to even, as LLVM's APFloat does.
 */
public final class FloatFormat {
  private FloatFormat() {}

  /** What a bit pattern stands for. */
  public enum Category {
    /** Positive or negative zero. */
    ZERO,
    /** A finite non-zero value, normal or subnormal. */
    FINITE,
    /** Positive or negative infinity. */
    INFINITY,
    /** Not a number. */
    NAN
  }

  /**
   * A decoded bit pattern. For {@link Category#FINITE} the value is {@code (negative ? -1 : 1) *
   * significand * 2^exponent}; the significand and exponent are 0 otherwise.
   *
   * @param category what the pattern stands for
   * @param negative the sign
   * @param significand the integer significand, positive for finite values
   * @param exponent the power of two the significand is scaled by
   */
  public record Decoded(Category category, boolean negative, BigInteger significand, int exponent) {
    /** Validates the components. */
    public Decoded {
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(significand, "significand");
    }

    /** The exact value of a zero or finite pattern (zero loses its sign). */
    public BigDecimal toBigDecimal() {
      if (category == Category.ZERO) {
        return BigDecimal.ZERO;
      }
      if (category != Category.FINITE) {
        throw new IllegalStateException(category + " has no decimal value");
      }
      BigDecimal magnitude =
          exponent >= 0
              ? new BigDecimal(significand.shiftLeft(exponent))
              : new BigDecimal(
                  significand.multiply(BigInteger.valueOf(5).pow(-exponent)), -exponent);
      return negative ? magnitude.negate() : magnitude;
    }
  }

  /** Checks that {@code bits} is a pattern of {@code kind}'s width. */
  public static void checkBits(FloatKind kind, BigInteger bits) {
    if (bits.signum() < 0 || bits.bitLength() > kind.width()) {
      throw new IllegalArgumentException(
          "bit pattern 0x" + bits.toString(16) + " does not fit in " + kind.keyword());
    }
  }

  /**
   * The pattern LLVM keeps for {@code bits}: the same, except that x87 encodings APFloat does not
   * produce are normalised as it reads them: an "unnormal" (integer bit clear, exponent neither 0
   * nor all ones) is a NaN with an all-ones exponent, and a "pseudo-denormal" (exponent 0, integer
   * bit set) is the normal number with exponent field 1.
   */
  public static BigInteger canonical(FloatKind kind, BigInteger bits) {
    checkBits(kind, bits);
    if (!kind.hasExplicitIntegerBit()) {
      return bits;
    }
    int m = kind.storedSignificandBits();
    int maxField = (1 << kind.exponentBits()) - 1;
    int field = bits.shiftRight(m).intValue() & maxField;
    boolean integerBit = bits.testBit(m - 1);
    BigInteger fieldMask = BigInteger.valueOf(maxField).shiftLeft(m);
    if (field != 0 && field != maxField && !integerBit) {
      return bits.or(fieldMask);
    }
    if (field == 0 && integerBit) {
      return bits.setBit(m);
    }
    return bits;
  }

  /** Decodes a bit pattern. */
  public static Decoded decode(FloatKind kind, BigInteger bits) {
    checkBits(kind, bits);
    int w = kind.width();
    int m = kind.storedSignificandBits();
    int p = kind.precision();
    boolean negative = kind.hasSign() && bits.testBit(w - 1);
    int maxField = (1 << kind.exponentBits()) - 1;
    int field = bits.shiftRight(m).intValue() & maxField;
    BigInteger stored = bits.and(BigInteger.ONE.shiftLeft(m).subtract(BigInteger.ONE));
    switch (kind.nonFinite()) {
      case IEEE -> {
        if (field == maxField) {
          // x87 infinity keeps its explicit integer bit: 1.000...
          BigInteger infinity =
              kind.hasExplicitIntegerBit() ? BigInteger.ONE.shiftLeft(p - 1) : BigInteger.ZERO;
          return special(stored.equals(infinity) ? Category.INFINITY : Category.NAN, negative);
        }
      }
      case NAN_ALL_ONES -> {
        if (field == maxField && stored.bitCount() == m) {
          return special(Category.NAN, negative);
        }
      }
      case NAN_NEGATIVE_ZERO -> {
        if (bits.equals(BigInteger.ONE.shiftLeft(w - 1))) {
          return special(Category.NAN, true);
        }
      }
      case NAN_ALL_ONES_UNSIGNED -> {
        if (field == maxField) {
          return special(Category.NAN, false);
        }
        return new Decoded(Category.FINITE, false, BigInteger.ONE, field - kind.bias());
      }
      case FINITE_ONLY -> {}
    }
    if (field == 0) {
      if (stored.signum() == 0) {
        return new Decoded(Category.ZERO, negative, BigInteger.ZERO, 0);
      }
      return new Decoded(Category.FINITE, negative, stored, kind.minExponent() - (p - 1));
    }
    BigInteger significand;
    if (kind.hasExplicitIntegerBit()) {
      if (!stored.testBit(p - 1)) {
        // An x87 "unnormal" (integer bit clear): APFloat reads it as NaN.
        return special(Category.NAN, negative);
      }
      significand = stored;
    } else {
      significand = stored.setBit(p - 1);
    }
    return new Decoded(Category.FINITE, negative, significand, field - kind.bias() - (p - 1));
  }

  private static Decoded special(Category category, boolean negative) {
    return new Decoded(category, negative, BigInteger.ZERO, 0);
  }

  /** The canonical quiet NaN of {@code kind}, as APFloat makes it. */
  public static BigInteger nan(FloatKind kind, boolean negative) {
    int w = kind.width();
    int m = kind.storedSignificandBits();
    BigInteger allOnesField =
        BigInteger.ONE.shiftLeft(kind.exponentBits()).subtract(BigInteger.ONE);
    return switch (kind.nonFinite()) {
      case IEEE -> {
        // Exponent all ones with the top fraction bit (the quiet bit) set; x87 keeps its integer
        // bit.
        BigInteger stored = BigInteger.ONE.shiftLeft(kind.fractionBits() - 1);
        if (kind.hasExplicitIntegerBit()) {
          stored = stored.setBit(m - 1);
        }
        yield withSign(kind, negative, allOnesField.shiftLeft(m).or(stored));
      }
      case NAN_ALL_ONES ->
          withSign(kind, negative, BigInteger.ONE.shiftLeft(w - 1).subtract(BigInteger.ONE));
      case NAN_NEGATIVE_ZERO -> BigInteger.ONE.shiftLeft(w - 1);
      case NAN_ALL_ONES_UNSIGNED -> BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
      case FINITE_ONLY -> throw new IllegalArgumentException(kind.keyword() + " has no NaN");
    };
  }

  /** Infinity of {@code kind}. */
  public static BigInteger infinity(FloatKind kind, boolean negative) {
    if (!kind.hasInfinity()) {
      throw new IllegalArgumentException(kind.keyword() + " has no infinity");
    }
    int m = kind.storedSignificandBits();
    BigInteger field = BigInteger.ONE.shiftLeft(kind.exponentBits()).subtract(BigInteger.ONE);
    BigInteger stored =
        kind.hasExplicitIntegerBit() ? BigInteger.ONE.shiftLeft(m - 1) : BigInteger.ZERO;
    return withSign(kind, negative, field.shiftLeft(m).or(stored));
  }

  /** Zero of {@code kind}; negative only where the format has a negative zero. */
  public static BigInteger zero(FloatKind kind, boolean negative) {
    if (!kind.hasZero()) {
      throw new IllegalArgumentException(kind.keyword() + " has no zero");
    }
    return withSign(kind, negative && kind.hasNegativeZero(), BigInteger.ZERO);
  }

  /** The finite value of largest magnitude. */
  public static BigInteger largest(FloatKind kind, boolean negative) {
    int p = kind.precision();
    BigInteger significand = BigInteger.ONE.shiftLeft(p).subtract(BigInteger.ONE);
    if (kind.nonFinite() == FloatKind.NonFinite.NAN_ALL_ONES) {
      significand = significand.subtract(BigInteger.ONE);
    }
    return encodeExact(kind, negative, significand, kind.maxExponent() - (p - 1));
  }

  /**
   * The pattern nearest to {@code value}, ties to even, as APFloat converts a decimal literal.
   * Values beyond the largest finite one become infinity, NaN (formats without infinity) or the
   * largest value (formats without either); a zero keeps the sign given by {@code negativeZero}.
   */
  public static BigInteger round(FloatKind kind, BigDecimal value, boolean negativeZero) {
    boolean negative = value.signum() < 0 || (value.signum() == 0 && negativeZero);
    BigDecimal magnitude = value.abs();
    BigInteger num;
    BigInteger den;
    if (magnitude.scale() <= 0) {
      num = magnitude.unscaledValue().multiply(BigInteger.TEN.pow(-magnitude.scale()));
      den = BigInteger.ONE;
    } else {
      num = magnitude.unscaledValue();
      den = BigInteger.TEN.pow(magnitude.scale());
    }
    return round(kind, negative, num, den);
  }

  /**
   * The pattern nearest to {@code value}; NaN and infinities map to the format's own (for f64, the
   * exact bits).
   */
  public static BigInteger fromDouble(FloatKind kind, double value) {
    if (kind == FloatKind.F64) {
      // Exact, NaN payloads included.
      long raw = Double.doubleToRawLongBits(value);
      BigInteger bits = BigInteger.valueOf(raw);
      return raw < 0 ? bits.add(BigInteger.ONE.shiftLeft(64)) : bits;
    }
    boolean negative = Double.doubleToRawLongBits(value) < 0;
    if (Double.isNaN(value)) {
      return nan(kind, negative);
    }
    if (Double.isInfinite(value)) {
      return kind.hasInfinity() ? infinity(kind, negative) : overflow(kind, negative);
    }
    return round(kind, new BigDecimal(value), negative);
  }

  /** The pattern nearest to {@code (negative ? -1 : 1) * num / den}, ties to even. */
  public static BigInteger round(FloatKind kind, boolean negative, BigInteger num, BigInteger den) {
    if (num.signum() < 0 || den.signum() <= 0) {
      throw new IllegalArgumentException("expected a non-negative fraction");
    }
    if (negative && !kind.hasSign() && num.signum() != 0) {
      return nan(kind, false);
    }
    int p = kind.precision();
    if (num.signum() == 0) {
      return kind.hasZero()
          ? zero(kind, negative)
          : encodeExact(kind, false, BigInteger.ONE, kind.minExponent());
    }
    // e = floor(log2(num / den))
    int e = num.bitLength() - den.bitLength();
    if (compareScaled(num, den, e) < 0) {
      e--;
    }
    int shift = Math.max(e, kind.minExponent()) - (p - 1);
    BigInteger n2 = shift >= 0 ? num : num.shiftLeft(-shift);
    BigInteger d2 = shift >= 0 ? den.shiftLeft(shift) : den;
    BigInteger[] qr = n2.divideAndRemainder(d2);
    BigInteger q = qr[0];
    int half = qr[1].shiftLeft(1).compareTo(d2);
    if (half > 0 || (half == 0 && q.testBit(0))) {
      q = q.add(BigInteger.ONE);
    }
    if (q.bitLength() > p) {
      q = q.shiftRight(1);
      shift++;
    }
    if (q.signum() == 0) {
      return kind.hasZero()
          ? zero(kind, negative)
          : encodeExact(kind, false, BigInteger.ONE, kind.minExponent());
    }
    int exponent = shift + q.bitLength() - 1;
    if (exponent > kind.maxExponent()
        || (kind.nonFinite() == FloatKind.NonFinite.NAN_ALL_ONES
            && exponent == kind.maxExponent()
            && q.bitCount() == p)) {
      return overflow(kind, negative);
    }
    return encodeExact(kind, negative, q, shift);
  }

  private static BigInteger overflow(FloatKind kind, boolean negative) {
    return switch (kind.nonFinite()) {
      case IEEE -> infinity(kind, negative);
      case FINITE_ONLY -> largest(kind, negative);
      default -> nan(kind, negative);
    };
  }

  /** Compares {@code num} with {@code den * 2^e}. */
  private static int compareScaled(BigInteger num, BigInteger den, int e) {
    return e >= 0 ? num.compareTo(den.shiftLeft(e)) : num.shiftLeft(-e).compareTo(den);
  }

  /**
   * The pattern of the representable value {@code significand * 2^exponent}, where the significand
   * has at most {@link FloatKind#precision} bits and the value is in range.
   */
  static BigInteger encodeExact(
      FloatKind kind, boolean negative, BigInteger significand, int exponent) {
    int p = kind.precision();
    int m = kind.storedSignificandBits();
    // Normalize so that the significand has exactly p bits, or is subnormal at the minimum
    // exponent.
    int lead = exponent + significand.bitLength() - 1;
    int shift = Math.max(lead, kind.minExponent()) - (p - 1);
    BigInteger q =
        shift >= exponent
            ? significand.shiftRight(shift - exponent)
            : significand.shiftLeft(exponent - shift);
    BigInteger field;
    BigInteger stored;
    if (kind.nonFinite() == FloatKind.NonFinite.NAN_ALL_ONES_UNSIGNED) {
      field = BigInteger.valueOf(lead + kind.bias());
      stored = BigInteger.ZERO;
    } else if (q.bitLength() == p) {
      field = BigInteger.valueOf(shift + p - 1 + kind.bias());
      stored = kind.hasExplicitIntegerBit() ? q : q.clearBit(p - 1);
    } else {
      field = BigInteger.ZERO;
      stored = q;
    }
    return withSign(kind, negative, field.shiftLeft(m).or(stored));
  }

  private static BigInteger withSign(FloatKind kind, boolean negative, BigInteger magnitude) {
    return negative && kind.hasSign() ? magnitude.setBit(kind.width() - 1) : magnitude;
  }
}
