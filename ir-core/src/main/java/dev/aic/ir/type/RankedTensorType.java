package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * A tensor of known rank, {@code tensor<2x?x4xf32>}, optionally with an encoding attribute, {@code
 * tensor<4xf32, #enc>}.
 *
 * @param shape the dimensions; each non-negative or {@link ShapedType#DYNAMIC}
 * @param elementType any type but a tensor, memref, tuple, function or none
 * @param encoding the encoding, or {@code null}
 */
public record RankedTensorType(ImmutableLongList shape, Type elementType, Attribute encoding)
    implements TensorType {
  /** Validates the shape and the element type. */
  public RankedTensorType {
    Objects.requireNonNull(shape, "shape");
    checkElementType(elementType);
    Shapes.check("tensor", shape, true);
  }

  static void checkElementType(Type elementType) {
    Objects.requireNonNull(elementType, "elementType");
    if (Shapes.isContainerOrNone(elementType)) {
      throw new IllegalArgumentException("invalid tensor element type: '" + elementType + "'");
    }
  }

  /** {@code tensor<shape x elementType>} without encoding. */
  public static RankedTensorType get(Context ctx, ImmutableLongList shape, Type elementType) {
    return ctx.intern(new RankedTensorType(shape, elementType, null));
  }

  /** {@code tensor<shape x elementType>} without encoding. */
  public static RankedTensorType get(Context ctx, long[] shape, Type elementType) {
    return get(ctx, LongLists.immutable.of(shape), elementType);
  }

  /** {@code tensor<shape x elementType, encoding>}; a {@code null} encoding means none. */
  public static RankedTensorType get(
      Context ctx, ImmutableLongList shape, Type elementType, Attribute encoding) {
    return ctx.intern(new RankedTensorType(shape, elementType, encoding));
  }

  @Override
  public boolean hasRank() {
    return true;
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("tensor<");
    Shapes.print(p, shape);
    p.printType(elementType);
    if (encoding != null) {
      p.print(", ").printAttribute(encoding);
    }
    p.print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof RankedTensorType that
        && Objects.equals(shape, that.shape)
        && Objects.equals(elementType, that.elementType)
        && Objects.equals(encoding, that.encoding);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(shape);
    hash = 31 * hash + Objects.hashCode(elementType);
    hash = 31 * hash + Objects.hashCode(encoding);
    return hash;
  }
}
