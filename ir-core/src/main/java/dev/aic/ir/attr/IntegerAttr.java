package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An integer constant of an integer or index type, {@code 42 : i32}, {@code -1 : si8}, {@code 255 :
 * ui8}, {@code 7 : index}; an {@code i1} prints as {@code true}/{@code false} (see {@link
 * BoolAttr}).
 *
 * <p>The value is kept as MLIR prints it: signless and signed types read their bits as two's
 * complement ({@code 255 : i8} is {@code -1 : i8}), unsigned types and {@code i1} as unsigned;
 * {@code index} has 64 bits.
 *
 * @param type an {@link IntegerType} or {@link IndexType}
 * @param value the value, canonical for the type
 */
public record IntegerAttr(Type type, BigInteger value) implements TypedAttr {
  /** Checks the value fits the type's width and brings it to canonical form. */
  public IntegerAttr {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    value = canonical(type, value);
  }

  /** The attribute {@code value : type}. */
  public static IntegerAttr get(Context ctx, Type type, BigInteger value) {
    return ctx.intern(new IntegerAttr(type, value));
  }

  /** The attribute {@code value : type}. */
  public static IntegerAttr get(Context ctx, Type type, long value) {
    return get(ctx, type, BigInteger.valueOf(value));
  }

  /** An {@code index} constant. */
  public static IntegerAttr index(Context ctx, long value) {
    return get(ctx, IndexType.get(ctx), value);
  }

  /**
   * {@code value} as an attribute of {@code type} would hold it.
   *
   * @throws IllegalArgumentException if the value does not fit the type's width, or the type is not
   *     an integer or index type
   */
  public static BigInteger canonical(Type type, BigInteger value) {
    int width;
    boolean signless;
    boolean printsUnsigned;
    if (type instanceof IndexType) {
      width = IndexType.STORAGE_WIDTH;
      signless = true;
      printsUnsigned = false;
    } else if (type instanceof IntegerType t) {
      width = t.width();
      signless = t.isSignless();
      printsUnsigned = t.isUnsigned() || t.isSignless(1);
    } else {
      throw new IllegalArgumentException(
          "integer attribute needs an integer or index type, got '" + type + "'");
    }
    if (width > 1 && value.bitLength() < width && (value.signum() >= 0 || !printsUnsigned)) {
      // A signed number of the width: it fits every reading of the width (negative ones except
      // the unsigned) and is its own canonical form, as what follows would find after making
      // three numbers of the width's size.
      return value;
    }
    BigInteger limit = BigInteger.ONE.shiftLeft(width);
    BigInteger half = width == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(width - 1);
    // Signless types accept both readings of the bits; signed and unsigned only their own.
    BigInteger lo = printsUnsigned && !signless ? BigInteger.ZERO : half.negate();
    BigInteger hi = printsUnsigned || signless ? limit : half;
    if (width == 0) {
      hi = BigInteger.ONE;
    }
    if (value.compareTo(lo) < 0 || value.compareTo(hi) >= 0) {
      throw new IllegalArgumentException("integer value " + value + " does not fit in " + type);
    }
    BigInteger bits = value.signum() < 0 ? value.add(limit) : value;
    return !printsUnsigned && width > 0 && bits.testBit(width - 1) ? bits.subtract(limit) : bits;
  }

  /** The bits of the value as an unsigned number below {@code 2^width}. */
  public BigInteger bits() {
    return value.signum() < 0 ? value.add(BigInteger.ONE.shiftLeft(width(type))) : value;
  }

  /** The storage width of an integer or index type. */
  static int width(Type type) {
    return type instanceof IntegerType t ? t.width() : IndexType.STORAGE_WIDTH;
  }

  /**
   * The value as a {@code long}.
   *
   * @throws ArithmeticException if it does not fit
   */
  public long longValue() {
    return value.longValueExact();
  }

  /** Whether this is an {@code i1} constant, printed {@code true} or {@code false}. */
  public boolean isBool() {
    return type instanceof IntegerType t && t.isSignless(1);
  }

  @Override
  public void printWithoutType(AttrTypePrinter p) {
    p.print(isBool() ? (value.signum() != 0 ? "true" : "false") : value.toString());
  }

  /** Writes {@code value : type}; an {@code i1} always omits its type. */
  @Override
  public void print(AttrTypePrinter p) {
    printWithoutType(p);
    if (!isBool()) {
      p.print(" : ").printType(type);
    }
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof IntegerAttr that
        && Objects.equals(type, that.type)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(type);
    hash = 31 * hash + Objects.hashCode(value);
    return hash;
  }
}
