package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.FloatFormat;
import dev.aic.ir.type.FloatFormat.Category;
import dev.aic.ir.type.FloatFormat.Decoded;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A float constant, {@code 1.000000e+00 : f32}, held as its exact bit pattern in the type's format,
 * so that every value of every float type (f80 and f128, NaN payloads, negative zero, the f8/f6/f4
 * formats) is kept and printed exactly as MLIR does (see {@link FloatPrinter}).
 *
 * @param type the float type
 * @param bits the bit pattern, an unsigned number below {@code 2^width}; x87 encodings that LLVM
 *     does not keep are normalised (see {@link FloatFormat#canonical})
 */
public record FloatAttr(FloatType type, BigInteger bits) implements TypedAttr {
  /** Checks the pattern fits the type's width. */
  public FloatAttr {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(bits, "bits");
    bits = FloatFormat.canonical(type.kind(), bits);
  }

  /** The value of {@code type} nearest to {@code value}. */
  public static FloatAttr get(Context ctx, FloatType type, double value) {
    return ctx.intern(new FloatAttr(type, FloatFormat.fromDouble(type.kind(), value)));
  }

  /** The attribute with exactly these bits. */
  public static FloatAttr fromBits(Context ctx, FloatType type, BigInteger bits) {
    return ctx.intern(new FloatAttr(type, bits));
  }

  /** The attribute with exactly these bits (the low {@code width} bits of {@code bits}). */
  public static FloatAttr fromBits(Context ctx, FloatType type, long bits) {
    BigInteger unsigned = BigInteger.valueOf(bits);
    if (bits < 0) {
      unsigned = unsigned.add(BigInteger.ONE.shiftLeft(64));
    }
    return fromBits(ctx, type, unsigned);
  }

  /** The attribute a float literal denotes; see {@link #parseBits}. */
  public static FloatAttr fromText(Context ctx, FloatType type, String text) {
    return fromBits(ctx, type, parseBits(type.kind(), text));
  }

  /**
   * The bits a float literal of MLIR's syntax denotes in {@code kind}, exactly as {@code
   * mlir-opt-22} reads it: a hexadecimal bit pattern ({@code 0x7FC00000}) as is; a decimal ({@code
   * 1.5}, {@code -2.5e-3}) first rounded to the nearest {@code double}, then to {@code kind}, ties
   * to even both times. (So {@code 0.1 : f80} is the f64 0.1 widened, and {@code
   * 1.00000005960464477539062500001 : f32} is {@code 1.0}, as in MLIR.) The textual format's parser
   * uses this; every decimal {@link FloatPrinter} prints for a type no wider than f64 reads back to
   * its bits.
   *
   * @throws NumberFormatException if {@code text} is neither form
   * @throws IllegalArgumentException if a hex pattern is wider than the type
   */
  public static BigInteger parseBits(FloatKind kind, String text) {
    if (text.startsWith("0x") || text.startsWith("0X")) {
      BigInteger bits = new BigInteger(text.substring(2), 16);
      FloatFormat.checkBits(kind, bits);
      return bits;
    }
    BigInteger f64 = FloatFormat.round(FloatKind.F64, new BigDecimal(text), text.startsWith("-"));
    return FloatFormat.fromDouble(kind, Double.longBitsToDouble(f64.longValue()));
  }

  /** The decoded value: category, sign, significand and exponent. */
  public Decoded decoded() {
    return FloatFormat.decode(type.kind(), bits);
  }

  /**
   * The exact value.
   *
   * @throws IllegalStateException for infinity and NaN
   */
  public BigDecimal toBigDecimal() {
    return decoded().toBigDecimal();
  }

  /** The value rounded to the nearest {@code double}. */
  public double toDouble() {
    Decoded d = decoded();
    return switch (d.category()) {
      case NAN -> Double.NaN;
      case INFINITY -> d.negative() ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      case ZERO -> d.negative() ? -0.0 : 0.0;
      case FINITE ->
          Double.longBitsToDouble(
              FloatFormat.round(FloatKind.F64, d.toBigDecimal(), d.negative()).longValue());
    };
  }

  /** Whether this is a NaN. */
  public boolean isNaN() {
    return decoded().category() == Category.NAN;
  }

  /** Whether this is positive or negative infinity. */
  public boolean isInfinite() {
    return decoded().category() == Category.INFINITY;
  }

  /** Whether this is positive or negative zero. */
  public boolean isZero() {
    return decoded().category() == Category.ZERO;
  }

  /** Whether the sign bit is set. */
  public boolean isNegative() {
    return decoded().negative();
  }

  @Override
  public void printWithoutType(AttrTypePrinter p) {
    p.print(FloatPrinter.print(type.kind(), bits));
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof FloatAttr that
        && Objects.equals(type, that.type)
        && Objects.equals(bits, that.bits);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(type);
    hash = 31 * hash + Objects.hashCode(bits);
    return hash;
  }
}
