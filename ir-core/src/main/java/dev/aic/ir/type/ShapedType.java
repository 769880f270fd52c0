package dev.aic.ir.type;

import org.eclipse.collections.api.list.primitive.ImmutableLongList;

/**
 * A type with a shape and an element type: tensors, vectors and memrefs, ranked or not. Dimensions
 * are {@code long}s; a dynamic one is {@link #DYNAMIC} and prints as {@code ?}.
 */
public interface ShapedType extends Type {
  /** The size of a dynamic dimension (MLIR's {@code ShapedType::kDynamic}). */
  long DYNAMIC = Long.MIN_VALUE;

  /** The type of the elements. */
  Type elementType();

  /** Whether the rank is known; false only for {@code tensor<*x...>} and {@code memref<*x...>}. */
  boolean hasRank();

  /**
   * The dimensions, outermost first.
   *
   * @throws IllegalStateException if this type is unranked
   */
  ImmutableLongList shape();

  /** Whether {@code dim} is the dynamic size. */
  static boolean isDynamic(long dim) {
    return dim == DYNAMIC;
  }

  /**
   * The number of dimensions.
   *
   * @throws IllegalStateException if this type is unranked
   */
  default int rank() {
    return shape().size();
  }

  /** Whether dimension {@code i} is dynamic. */
  default boolean isDynamicDim(int i) {
    return isDynamic(shape().get(i));
  }

  /** Whether the type is ranked and no dimension is dynamic. */
  default boolean hasStaticShape() {
    return hasRank() && !shape().anySatisfy(ShapedType::isDynamic);
  }

  /**
   * The number of elements, the product of the dimensions (1 for rank 0).
   *
   * @throws IllegalStateException if the shape is not static
   */
  default long numElements() {
    if (!hasStaticShape()) {
      throw new IllegalStateException("'" + this + "' does not have a static shape");
    }
    long n = 1;
    for (int i = 0; i < rank(); i++) {
      n = Math.multiplyExact(n, shape().get(i));
    }
    return n;
  }

  /** The element type of a shaped type, or {@code type} itself otherwise. */
  static Type elementTypeOrSelf(Type type) {
    return type instanceof ShapedType shaped ? shaped.elementType() : type;
  }

  /**
   * Whether two types have compatible shapes, as MLIR's {@code verifyCompatibleShape} decides:
   * neither is shaped, or both are and either is unranked, or their ranks agree and each pair of
   * dimensions is equal or has a dynamic member.
   */
  static boolean haveCompatibleShapes(Type a, Type b) {
    if (!(a instanceof ShapedType sa) || !(b instanceof ShapedType sb)) {
      return !(a instanceof ShapedType) && !(b instanceof ShapedType);
    }
    if (!sa.hasRank() || !sb.hasRank()) {
      return true;
    }
    if (sa.rank() != sb.rank()) {
      return false;
    }
    for (int i = 0; i < sa.rank(); i++) {
      long da = sa.shape().get(i);
      long db = sb.shape().get(i);
      if (da != db && !isDynamic(da) && !isDynamic(db)) {
        return false;
      }
    }
    return true;
  }
}
