package dev.aic.ir.type;

import java.util.Optional;

/**
 * The floating-point formats MLIR 22 has builtin types for, with the parameters that define each
 * bit layout: width, exponent and fraction bits, exponent bias, and how it encodes infinity and
 * NaN. {@link FloatFormat} encodes and decodes values from these parameters alone.
 */
public enum FloatKind {
  /** IEEE half precision. */
  F16("f16", 16, 5, 10, 15, NonFinite.IEEE),
  /** Brain float: the top half of an f32. */
  BF16("bf16", 16, 8, 7, 127, NonFinite.IEEE),
  /** IEEE single precision. */
  F32("f32", 32, 8, 23, 127, NonFinite.IEEE),
  /** IEEE double precision. */
  F64("f64", 64, 11, 52, 1023, NonFinite.IEEE),
  /** x87 extended precision: 63 fraction bits after an explicit integer bit. */
  F80("f80", 80, 15, 63, 16383, NonFinite.IEEE),
  /** IEEE quadruple precision. */
  F128("f128", 128, 15, 112, 16383, NonFinite.IEEE),
  /** NVIDIA TensorFloat-32: an f32 exponent with an f16 fraction, 19 bits. */
  TF32("tf32", 19, 8, 10, 127, NonFinite.IEEE),
  /** OCP FP8 E5M2, IEEE-like. */
  F8E5M2("f8E5M2", 8, 5, 2, 15, NonFinite.IEEE),
  /** FP8 E4M3, IEEE-like. */
  F8E4M3("f8E4M3", 8, 4, 3, 7, NonFinite.IEEE),
  /** OCP FP8 E4M3: no infinity, NaN is {@code S.1111.111}. */
  F8E4M3FN("f8E4M3FN", 8, 4, 3, 7, NonFinite.NAN_ALL_ONES),
  /** FP8 E5M2 with no infinity or negative zero; NaN is {@code 0x80}. */
  F8E5M2FNUZ("f8E5M2FNUZ", 8, 5, 2, 16, NonFinite.NAN_NEGATIVE_ZERO),
  /** FP8 E4M3 with no infinity or negative zero; NaN is {@code 0x80}. */
  F8E4M3FNUZ("f8E4M3FNUZ", 8, 4, 3, 8, NonFinite.NAN_NEGATIVE_ZERO),
  /** FP8 E4M3 with bias 11, no infinity or negative zero; NaN is {@code 0x80}. */
  F8E4M3B11FNUZ("f8E4M3B11FNUZ", 8, 4, 3, 11, NonFinite.NAN_NEGATIVE_ZERO),
  /** FP8 E3M4, IEEE-like. */
  F8E3M4("f8E3M4", 8, 3, 4, 3, NonFinite.IEEE),
  /** OCP MX scale: an unsigned power of two, {@code 2^(bits - 127)}; NaN is {@code 0xFF}. */
  F8E8M0FNU("f8E8M0FNU", 8, 8, 0, 127, NonFinite.NAN_ALL_ONES_UNSIGNED),
  /** OCP MX FP6 E2M3: finite values only. */
  F6E2M3FN("f6E2M3FN", 6, 2, 3, 1, NonFinite.FINITE_ONLY),
  /** OCP MX FP6 E3M2: finite values only. */
  F6E3M2FN("f6E3M2FN", 6, 3, 2, 3, NonFinite.FINITE_ONLY),
  /** OCP MX FP4 E2M1: finite values only. */
  F4E2M1FN("f4E2M1FN", 4, 2, 1, 1, NonFinite.FINITE_ONLY);

  /** How a format encodes values that are not finite numbers. */
  public enum NonFinite {
    /** An all-ones exponent is infinity (zero fraction) or NaN. */
    IEEE,
    /** No infinity; all-ones exponent and fraction is NaN, either sign. */
    NAN_ALL_ONES,
    /** No infinity and no negative zero; the negative-zero pattern is the one NaN. */
    NAN_NEGATIVE_ZERO,
    /** No sign, zero, infinity or subnormals; the all-ones pattern is the one NaN. */
    NAN_ALL_ONES_UNSIGNED,
    /** Every pattern is a finite number. */
    FINITE_ONLY
  }

  private final String keyword;
  private final int width;
  private final int exponentBits;
  private final int fractionBits;
  private final int bias;
  private final NonFinite nonFinite;

  FloatKind(
      String keyword,
      int width,
      int exponentBits,
      int fractionBits,
      int bias,
      NonFinite nonFinite) {
    this.keyword = keyword;
    this.width = width;
    this.exponentBits = exponentBits;
    this.fractionBits = fractionBits;
    this.bias = bias;
    this.nonFinite = nonFinite;
  }

  /** The kind whose type is spelled {@code keyword} ({@code f32}, {@code f8E4M3FN}, ...). */
  public static Optional<FloatKind> fromKeyword(String keyword) {
    return Optional.ofNullable(ByKeyword.KINDS.get(keyword));
  }

  /** The kinds by keyword, built once: the parser asks for every type it reads. */
  private static final class ByKeyword {
    static final java.util.Map<String, FloatKind> KINDS = new java.util.HashMap<>();

    static {
      for (FloatKind kind : values()) {
        KINDS.put(kind.keyword, kind);
      }
    }
  }

  /** The type's text, {@code f32}. */
  public String keyword() {
    return keyword;
  }

  /** The number of bits of a value. */
  public int width() {
    return width;
  }

  /** The number of exponent bits. */
  public int exponentBits() {
    return exponentBits;
  }

  /** The number of stored fraction bits (for f80, those after the explicit integer bit). */
  public int fractionBits() {
    return fractionBits;
  }

  /** The exponent bias: a normal value is {@code 1.fraction * 2^(field - bias)}. */
  public int bias() {
    return bias;
  }

  /** How infinity and NaN are encoded. */
  public NonFinite nonFinite() {
    return nonFinite;
  }

  /** The significand's precision in bits, counting the integer bit (24 for f32). */
  public int precision() {
    return fractionBits + 1;
  }

  /** The number of low bits holding the significand: the fraction, plus f80's integer bit. */
  public int storedSignificandBits() {
    return hasExplicitIntegerBit() ? fractionBits + 1 : fractionBits;
  }

  /** Whether the integer bit is stored (only f80) rather than implied. */
  public boolean hasExplicitIntegerBit() {
    return this == F80;
  }

  /** Whether values carry a sign bit. */
  public boolean hasSign() {
    return nonFinite != NonFinite.NAN_ALL_ONES_UNSIGNED;
  }

  /** Whether the format can represent infinity. */
  public boolean hasInfinity() {
    return nonFinite == NonFinite.IEEE;
  }

  /** Whether the format can represent NaN. */
  public boolean hasNaN() {
    return nonFinite != NonFinite.FINITE_ONLY;
  }

  /** Whether the format has a zero distinct from the positive one. */
  public boolean hasNegativeZero() {
    return hasSign() && nonFinite != NonFinite.NAN_NEGATIVE_ZERO;
  }

  /** Whether zero is representable (all but f8E8M0FNU). */
  public boolean hasZero() {
    return nonFinite != NonFinite.NAN_ALL_ONES_UNSIGNED;
  }

  /** The unbiased exponent of the smallest normal value. */
  public int minExponent() {
    return hasZero() ? 1 - bias : -bias;
  }

  /** The unbiased exponent of the largest finite value. */
  public int maxExponent() {
    int maxField = (1 << exponentBits) - 1;
    return (nonFinite == NonFinite.IEEE || nonFinite == NonFinite.NAN_ALL_ONES_UNSIGNED
            ? maxField - 1
            : maxField)
        - bias;
  }
}
