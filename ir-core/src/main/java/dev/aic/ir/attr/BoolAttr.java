package dev.aic.ir.attr;

import dev.aic.ir.Context;
import dev.aic.ir.type.IntegerType;
import java.math.BigInteger;

/**
 * Booleans are {@code i1} {@link IntegerAttr}s, printed {@code true} and {@code false}, as in MLIR
 * where {@code BoolAttr} is a view of such an integer attribute. This class builds and reads them.
 */
public final class BoolAttr {
  private BoolAttr() {}

  /** The {@code i1} attribute {@code true} or {@code false}. */
  public static IntegerAttr get(Context ctx, boolean value) {
    return IntegerAttr.get(ctx, IntegerType.get(ctx, 1), value ? BigInteger.ONE : BigInteger.ZERO);
  }

  /** Whether {@code attribute} is a boolean. */
  public static boolean isBool(Attribute attribute) {
    return attribute instanceof IntegerAttr i && i.isBool();
  }

  /**
   * The value of a boolean attribute.
   *
   * @throws IllegalArgumentException if {@code attribute} is not an {@code i1} integer
   */
  public static boolean value(Attribute attribute) {
    if (!isBool(attribute)) {
      throw new IllegalArgumentException("'" + attribute + "' is not a boolean");
    }
    return ((IntegerAttr) attribute).value().signum() != 0;
  }
}
