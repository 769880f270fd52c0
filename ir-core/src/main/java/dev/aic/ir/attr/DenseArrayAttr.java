package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.FloatFormat;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * A flat array of integers or floats of one element type, {@code array<i32: 1, 2>}, {@code
 * array<f32: 1.000000e+00>}, {@code array<i1: true>}, empty {@code array<i64>}. Element types are
 * {@code i1}, integers whose width is a multiple of 8 up to 64, and floats of 8, 16, 32 or 64 bits.
 *
 * @param elementType the element type
 * @param values integers as their value (unsigned types: the raw 64 bits, read unsigned), floats as
 *     their bit pattern
 */
public record DenseArrayAttr(Type elementType, ImmutableLongList values) implements Attribute {
  /** Checks the element type and brings every value to canonical form. */
  public DenseArrayAttr {
    Objects.requireNonNull(elementType, "elementType");
    Objects.requireNonNull(values, "values");
    if (elementType instanceof IntegerType t) {
      if (!(t.width() == 1 || (t.width() % 8 == 0 && t.width() <= 64))) {
        throw new IllegalArgumentException(
            "dense array element type must be i1 or a multiple of 8 bits up to 64, got " + t);
      }
      long[] canonical = values.toArray();
      for (int i = 0; i < canonical.length; i++) {
        BigInteger v = BigInteger.valueOf(canonical[i]);
        if (t.isUnsigned() && canonical[i] < 0 && t.width() == 64) {
          continue;
        }
        canonical[i] = IntegerAttr.canonical(t, v).longValue();
      }
      values = LongLists.immutable.of(canonical);
    } else if (elementType instanceof FloatType f) {
      if (f.width() % 8 != 0 || f.width() > 64) {
        throw new IllegalArgumentException(
            "dense array element type must be a float of 8 to 64 bits, got " + f);
      }
      for (int i = 0; i < values.size(); i++) {
        long bits = values.get(i);
        if (f.width() < 64 && (bits >>> f.width()) != 0) {
          throw new IllegalArgumentException(
              "bit pattern 0x" + Long.toHexString(bits) + " does not fit in " + f);
        }
      }
    } else {
      throw new IllegalArgumentException(
          "dense array element type must be an integer or float type, got '" + elementType + "'");
    }
  }

  /** {@code array<elementType: values>}; see the record's description of values. */
  public static DenseArrayAttr get(Context ctx, Type elementType, long... values) {
    return ctx.intern(new DenseArrayAttr(elementType, LongLists.immutable.of(values)));
  }

  /** A float array holding the values nearest to {@code values}. */
  public static DenseArrayAttr ofDoubles(Context ctx, FloatType elementType, double... values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = FloatFormat.fromDouble(elementType.kind(), values[i]).longValue();
    }
    return get(ctx, elementType, bits);
  }

  /** The number of elements. */
  public int size() {
    return values.size();
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("array<").printType(elementType);
    if (!values.isEmpty()) {
      p.print(": ");
      for (int i = 0; i < values.size(); i++) {
        if (i > 0) {
          p.print(", ");
        }
        p.print(elementText(values.get(i)));
      }
    }
    p.print('>');
  }

  private String elementText(long value) {
    if (elementType instanceof IntegerType t) {
      if (t.isSignless(1)) {
        return value != 0 ? "true" : "false";
      }
      return t.isUnsigned() ? Long.toUnsignedString(value) : Long.toString(value);
    }
    FloatType f = (FloatType) elementType;
    BigInteger bits = BigInteger.valueOf(value);
    if (value < 0) {
      bits = bits.add(BigInteger.ONE.shiftLeft(64));
    }
    return FloatPrinter.print(f.kind(), bits);
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof DenseArrayAttr that
        && Objects.equals(elementType, that.elementType)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(elementType);
    hash = 31 * hash + Objects.hashCode(values);
    return hash;
  }
}
