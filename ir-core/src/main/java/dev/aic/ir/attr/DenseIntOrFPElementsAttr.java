package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatFormat;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Dense integer, index, float or complex elements: {@code dense<[1, 2]> : tensor<2xi8>}, {@code
 * dense<1.000000e+00> : tensor<4xf32>}, {@code dense<(1.000000e+00,2.000000e+00)> :
 * tensor<2xcomplex<f32>>}, {@code dense<"0x...">} for more than {@value
 * DenseElementsAttr#HEX_THRESHOLD} elements.
 *
 * <p>Elements are stored as MLIR stores them, little-endian, each scalar in {@code ceil(width / 8)}
 * bytes (a complex number is its real then its imaginary part); a splat stores one element. An
 * attribute whose elements are all equal is always a splat, so equal attributes compare equal.
 */
public final class DenseIntOrFPElementsAttr implements DenseElementsAttr {
  private final ShapedType type;
  private final byte[] data;
  private final boolean splat;

  private DenseIntOrFPElementsAttr(ShapedType type, byte[] data, boolean splat) {
    this.type = type;
    this.data = data;
    this.splat = splat;
  }

  /**
   * Dense elements of {@code type} from one value per scalar: integers by value, floats by bit
   * pattern, complex numbers as real then imaginary part. Give one element for a splat.
   */
  public static DenseIntOrFPElementsAttr get(
      Context ctx, ShapedType type, List<BigInteger> values) {
    return ctx.intern(create(type, values));
  }

  /** Dense integer elements (or float bit patterns) from {@code long}s. */
  public static DenseIntOrFPElementsAttr ofLongs(Context ctx, ShapedType type, long... values) {
    List<BigInteger> list = new ArrayList<>(values.length);
    for (long v : values) {
      list.add(BigInteger.valueOf(v));
    }
    return get(ctx, type, list);
  }

  /** Dense float (or complex float) elements holding the values nearest to {@code values}. */
  public static DenseIntOrFPElementsAttr ofDoubles(Context ctx, ShapedType type, double... values) {
    Type scalar = scalarType(type.elementType());
    if (!(scalar instanceof FloatType f)) {
      throw new IllegalArgumentException("'" + type + "' does not hold floats");
    }
    List<BigInteger> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(FloatFormat.fromDouble(f.kind(), v));
    }
    return get(ctx, type, list);
  }

  /**
   * Dense elements from MLIR's raw layout, as written in {@code dense<"0x...">}: all elements, or
   * one element for a splat; {@code i1} elements (not {@code complex<i1>}) packed eight to a byte,
   * least significant first.
   */
  public static DenseIntOrFPElementsAttr fromRawData(Context ctx, ShapedType type, byte[] raw) {
    long n = checkShape(type);
    int parts = parts(type.elementType());
    int width = width(scalarType(type.elementType()));
    List<BigInteger> values = new ArrayList<>();
    // Only i1 elements are bit-packed; each part of a complex<i1> takes a byte.
    if (width == 1 && parts == 1) {
      long count = (n + 7) / 8 == raw.length ? n : 1;
      if (count == 1 && raw.length != 1) {
        throw new IllegalArgumentException("elements hex data size is invalid for '" + type + "'");
      }
      Type scalar = scalarType(type.elementType());
      for (long i = 0; i < count; i++) {
        // A set bit is -1 in si1.
        values.add(toValue(scalar, BigInteger.valueOf((raw[(int) (i / 8)] >> (i % 8)) & 1)));
      }
    } else {
      int bytes = (width + 7) / 8;
      long scalars = raw.length / bytes;
      if (raw.length % bytes != 0 || (scalars != n * parts && scalars != parts)) {
        throw new IllegalArgumentException("elements hex data size is invalid for '" + type + "'");
      }
      for (int s = 0; s < scalars; s++) {
        values.add(readScalar(raw, s * bytes, bytes));
      }
      Type scalar = scalarType(type.elementType());
      if (!(scalar instanceof FloatType)) {
        values.replaceAll(v -> toValue(scalar, v));
      }
    }
    return ctx.intern(create(type, values));
  }

  private static DenseIntOrFPElementsAttr create(ShapedType type, List<BigInteger> values) {
    Objects.requireNonNull(type, "type");
    long n = checkShape(type);
    Type scalar = scalarType(type.elementType());
    int parts = parts(type.elementType());
    int bytes = (width(scalar) + 7) / 8;
    if (values.size() != n * parts && !(values.size() == parts && n > 0)) {
      throw new IllegalArgumentException(
          "expected " + n * parts + " values for '" + type + "', got " + values.size());
    }
    byte[] data = new byte[values.size() * bytes];
    for (int i = 0; i < values.size(); i++) {
      writeScalar(data, i * bytes, bytes, toBits(scalar, values.get(i)));
    }
    int elementBytes = bytes * parts;
    boolean splat = data.length == elementBytes;
    if (!splat && data.length > 0) {
      splat = true;
      for (int i = elementBytes; i < data.length && splat; i++) {
        splat = data[i] == data[i % elementBytes];
      }
      if (splat) {
        data = Arrays.copyOf(data, elementBytes);
      }
    }
    return new DenseIntOrFPElementsAttr(type, data, splat);
  }

  /** Checks the type is statically shaped and returns its element count. */
  static long checkShape(ShapedType type) {
    if (!type.hasStaticShape()) {
      throw new IllegalArgumentException(
          "elements literal type must have static shape, got '" + type + "'");
    }
    return type.numElements();
  }

  private static Type scalarType(Type elementType) {
    Type scalar = elementType instanceof ComplexType c ? c.elementType() : elementType;
    if (!(scalar instanceof IntegerType
        || scalar instanceof IndexType
        || scalar instanceof FloatType)) {
      throw new IllegalArgumentException(
          "dense elements need integer, index, float or complex elements, got '"
              + elementType
              + "'");
    }
    return scalar;
  }

  private static int parts(Type elementType) {
    return elementType instanceof ComplexType ? 2 : 1;
  }

  private static int width(Type scalar) {
    if (scalar instanceof FloatType f) {
      return f.width();
    }
    return IntegerAttr.width(scalar);
  }

  private static BigInteger toBits(Type scalar, BigInteger value) {
    if (scalar instanceof FloatType f) {
      return FloatFormat.canonical(f.kind(), value);
    }
    BigInteger canonical = IntegerAttr.canonical(scalar, value);
    return canonical.signum() < 0
        ? canonical.add(BigInteger.ONE.shiftLeft(width(scalar)))
        : canonical;
  }

  private static BigInteger toValue(Type scalar, BigInteger bits) {
    int w = width(scalar);
    boolean unsigned = scalar instanceof IntegerType t && (t.isUnsigned() || t.isSignless(1));
    return !unsigned && w > 0 && bits.testBit(w - 1)
        ? bits.subtract(BigInteger.ONE.shiftLeft(w))
        : bits;
  }

  private static void writeScalar(byte[] out, int offset, int bytes, BigInteger bits) {
    for (int b = 0; b < bytes; b++) {
      out[offset + b] = bits.shiftRight(8 * b).byteValue();
    }
  }

  private static BigInteger readScalar(byte[] in, int offset, int bytes) {
    byte[] bigEndian = new byte[bytes + 1];
    for (int b = 0; b < bytes; b++) {
      bigEndian[bytes - b] = in[offset + b];
    }
    return new BigInteger(bigEndian);
  }

  @Override
  public ShapedType type() {
    return type;
  }

  @Override
  public boolean isSplat() {
    return splat;
  }

  /** The number of scalars per element: 2 for complex numbers, else 1. */
  public int partsPerElement() {
    return parts(type.elementType());
  }

  /** The bits of scalar {@code part} of element {@code index}, unsigned. */
  public BigInteger bits(long index, int part) {
    int bytes = (width(scalarType(type.elementType())) + 7) / 8;
    int parts = partsPerElement();
    long element = splat ? 0 : index;
    return readScalar(data, Math.toIntExact((element * parts + part) * bytes), bytes);
  }

  /**
   * Every integer scalar by value (signed, or unsigned for unsigned types and {@code i1}), in
   * row-major order, real before imaginary part; splats are expanded.
   *
   * @throws IllegalStateException if the elements are floats
   */
  public List<BigInteger> intValues() {
    Type scalar = scalarType(type.elementType());
    if (scalar instanceof FloatType) {
      throw new IllegalStateException("'" + type + "' holds floats");
    }
    List<BigInteger> all = allBits();
    all.replaceAll(b -> toValue(scalar, b));
    return Collections.unmodifiableList(all);
  }

  /**
   * Every float scalar's bit pattern, in row-major order, real before imaginary part; splats are
   * expanded.
   *
   * @throws IllegalStateException if the elements are integers
   */
  public List<BigInteger> floatBits() {
    if (!(scalarType(type.elementType()) instanceof FloatType)) {
      throw new IllegalStateException("'" + type + "' holds integers");
    }
    return Collections.unmodifiableList(allBits());
  }

  private List<BigInteger> allBits() {
    long n = numElements();
    int parts = partsPerElement();
    List<BigInteger> out = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      for (int part = 0; part < parts; part++) {
        out.add(bits(i, part));
      }
    }
    return out;
  }

  /**
   * The elements in MLIR's raw layout, as {@code dense<"0x...">} shows them: every element (splats
   * expanded), {@code i1} (but not {@code complex<i1>}) packed eight to a byte, least significant
   * bit first.
   */
  public byte[] rawData() {
    long n = numElements();
    if (type.elementType() instanceof IntegerType t && t.width() == 1) {
      byte[] packed = new byte[Math.toIntExact((n + 7) / 8)];
      for (long i = 0; i < n; i++) {
        if (bits(i, 0).signum() != 0) {
          packed[(int) (i / 8)] |= (byte) (1 << (i % 8));
        }
      }
      return packed;
    }
    if (!splat) {
      return data.clone();
    }
    byte[] out = new byte[Math.toIntExact(data.length * n)];
    for (int i = 0; i < out.length; i++) {
      out[i] = data[i % data.length];
    }
    return out;
  }

  @Override
  public void printWithoutType(AttrTypePrinter p) {
    p.print("dense<");
    if (!splat && numElements() > HEX_THRESHOLD) {
      p.print(DenseElementsPrinter.hexString(rawData()));
    } else {
      Type scalar = scalarType(type.elementType());
      if (type.elementType() instanceof ComplexType) {
        DenseElementsPrinter.printNested(
            p,
            type,
            splat,
            i -> "(" + scalarText(scalar, bits(i, 0)) + "," + scalarText(scalar, bits(i, 1)) + ")");
      } else {
        DenseElementsPrinter.printNested(p, type, splat, i -> scalarText(scalar, bits(i, 0)));
      }
    }
    p.print('>');
  }

  private static String scalarText(Type scalar, BigInteger bits) {
    if (scalar instanceof FloatType f) {
      return FloatPrinter.print(f.kind(), bits);
    }
    if (scalar instanceof IntegerType t && t.width() == 1) {
      return bits.signum() != 0 ? "true" : "false";
    }
    return toValue(scalar, bits).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DenseIntOrFPElementsAttr other
        && splat == other.splat
        && type.equals(other.type)
        && Arrays.equals(data, other.data);
  }

  @Override
  public int hashCode() {
    return type.hashCode() * 31 + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }
}
