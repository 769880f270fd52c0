package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableBooleanList;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * A fixed-size SIMD vector, {@code vector<4x8xf32>}; a scalable dimension is a multiple of a
 * hardware length, {@code vector<[4]x8xf32>}; rank 0 is allowed, {@code vector<f32>}.
 *
 * @param shape the dimensions, each {@code > 0}
 * @param elementType an integer, index, float or dialect {@link VectorElementType}
 * @param scalableDims whether each dimension is scalable; one flag per dimension
 */
public record VectorType(
    ImmutableLongList shape, Type elementType, ImmutableBooleanList scalableDims)
    implements ShapedType {
  /** Validates the dimensions and the element type; no flags means none scalable. */
  public VectorType {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(elementType, "elementType");
    Objects.requireNonNull(scalableDims, "scalableDims");
    for (int i = 0; i < shape.size(); i++) {
      if (shape.get(i) <= 0) {
        throw new IllegalArgumentException(
            "vector types must have positive constant sizes but got "
                + Shapes.dimText(shape.get(i)));
      }
    }
    if (!(elementType instanceof VectorElementType)) {
      throw new IllegalArgumentException(
          "invalid vector element type: '" + elementType + "' (expected integer, index or float)");
    }
    if (scalableDims.isEmpty()) {
      boolean[] none = new boolean[shape.size()];
      scalableDims = BooleanLists.immutable.of(none);
    } else if (scalableDims.size() != shape.size()) {
      throw new IllegalArgumentException(
          "expected " + shape.size() + " scalable flags, got " + scalableDims.size());
    }
  }

  /** A fixed-length vector. */
  public static VectorType get(Context ctx, ImmutableLongList shape, Type elementType) {
    return ctx.intern(new VectorType(shape, elementType, BooleanLists.immutable.empty()));
  }

  /** A fixed-length vector. */
  public static VectorType get(Context ctx, long[] shape, Type elementType) {
    return get(ctx, LongLists.immutable.of(shape), elementType);
  }

  /** A vector with the given dimensions scalable. */
  public static VectorType get(
      Context ctx, ImmutableLongList shape, Type elementType, ImmutableBooleanList scalableDims) {
    return ctx.intern(new VectorType(shape, elementType, scalableDims));
  }

  /** Whether any dimension is scalable. */
  public boolean isScalable() {
    return scalableDims.contains(true);
  }

  @Override
  public boolean hasRank() {
    return true;
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("vector<");
    for (int i = 0; i < shape.size(); i++) {
      String dim = Long.toString(shape.get(i));
      p.print(scalableDims.get(i) ? "[" + dim + "]" : dim).print('x');
    }
    p.printType(elementType).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof VectorType that
        && Objects.equals(shape, that.shape)
        && Objects.equals(elementType, that.elementType)
        && Objects.equals(scalableDims, that.scalableDims);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(shape);
    hash = 31 * hash + Objects.hashCode(elementType);
    hash = 31 * hash + Objects.hashCode(scalableDims);
    return hash;
  }
}
