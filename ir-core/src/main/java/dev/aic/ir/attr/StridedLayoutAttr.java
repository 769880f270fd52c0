package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.ShapedType;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * A memref layout given by one stride per dimension and an offset, in elements: {@code strided<[4,
 * 1]>}, {@code strided<[?, 1], offset: ?>}. Dynamic values are {@link ShapedType#DYNAMIC}; a zero
 * offset is not printed.
 *
 * @param strides the stride of each dimension, outermost first
 * @param offset the offset of the first element
 */
public record StridedLayoutAttr(ImmutableLongList strides, long offset)
    implements MemRefLayoutAttr {
  /** Validates the components. */
  public StridedLayoutAttr {
    Objects.requireNonNull(strides, "strides");
  }

  /** {@code strided<[strides], offset: offset>}. */
  public static StridedLayoutAttr get(Context ctx, ImmutableLongList strides, long offset) {
    return ctx.intern(new StridedLayoutAttr(strides, offset));
  }

  /** {@code strided<[strides]>}, offset 0. */
  public static StridedLayoutAttr get(Context ctx, long... strides) {
    return get(ctx, LongLists.immutable.of(strides), 0);
  }

  /**
   * Always false: MLIR keeps a strided layout in the memref type even when it describes the
   * contiguous row-major layout ({@code mlir-opt-22} prints {@code memref<4xf32, strided<[1]>>} and
   * {@code memref<f32, strided<[]>>} as written); only an identity affine map is the default.
   */
  @Override
  public boolean isIdentity() {
    return false;
  }

  /** Whether the offset or a stride is dynamic. */
  public boolean hasDynamicValues() {
    return offset == ShapedType.DYNAMIC || strides.anySatisfy(ShapedType::isDynamic);
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("strided<[");
    for (int i = 0; i < strides.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      p.print(text(strides.get(i)));
    }
    p.print(']');
    if (offset != 0) {
      p.print(", offset: ").print(text(offset));
    }
    p.print('>');
  }

  private static String text(long value) {
    return value == ShapedType.DYNAMIC ? "?" : Long.toString(value);
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof StridedLayoutAttr that
        && Objects.equals(strides, that.strides)
        && offset == that.offset;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(strides);
    hash = 31 * hash + Long.hashCode(offset);
    return hash;
  }
}
