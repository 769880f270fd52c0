package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;

/** Checks and prints the dimension lists that shaped types share. */
final class Shapes {
  private Shapes() {}

  /** Checks every dimension is non-negative or, if allowed, dynamic. */
  static void check(String kind, ImmutableLongList shape, boolean allowDynamic) {
    for (int i = 0; i < shape.size(); i++) {
      long dim = shape.get(i);
      if (dim == ShapedType.DYNAMIC ? !allowDynamic : dim < 0) {
        throw new IllegalArgumentException(
            kind
                + " dimension "
                + i
                + " must be "
                + (allowDynamic ? "non-negative or ?" : "> 0")
                + ", got "
                + dimText(dim));
      }
    }
  }

  /** {@code 4} or {@code ?}. */
  static String dimText(long dim) {
    return dim == ShapedType.DYNAMIC ? "?" : Long.toString(dim);
  }

  /** Writes {@code 2x?x4x}: every dimension followed by {@code x}. */
  static void print(AttrTypePrinter p, ImmutableLongList shape) {
    for (int i = 0; i < shape.size(); i++) {
      p.print(dimText(shape.get(i))).print('x');
    }
  }

  /** Whether {@code type} is a tensor, memref, tuple, function or none type, never an element. */
  static boolean isContainerOrNone(Type type) {
    return type instanceof RankedTensorType
        || type instanceof UnrankedTensorType
        || type instanceof MemRefType
        || type instanceof UnrankedMemRefType
        || type instanceof TupleType
        || type instanceof FunctionType
        || type instanceof NoneType;
  }
}
