package dev.aic.ir.attr;

import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;

/**
 * A constant holding every element of a statically shaped tensor, vector or memref: {@code
 * dense<[[1, 2], [3, 4]]> : tensor<2x2xi32>}, {@code dense<1.000000e+00> : tensor<4xf32>} (a
 * splat), {@code dense<["a", "b"]> : tensor<2x!foo.str>}. Integers, floats, complex numbers and
 * strings have their own implementations, as in MLIR.
 */
public sealed interface DenseElementsAttr extends TypedAttr
    permits DenseIntOrFPElementsAttr, DenseStringElementsAttr {
  /**
   * More elements than this, when not a splat, print as a hex string, {@code dense<"0x...">}, as
   * MLIR does by default.
   */
  int HEX_THRESHOLD = 100;

  /** The shaped type, with a static shape. */
  @Override
  ShapedType type();

  /** The type of each element. */
  default Type elementType() {
    return type().elementType();
  }

  /** The number of elements. */
  default long numElements() {
    return type().numElements();
  }

  /** Whether every element is the same (a single element counts as a splat). */
  boolean isSplat();
}
