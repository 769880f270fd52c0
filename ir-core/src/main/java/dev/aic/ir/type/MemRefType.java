package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.MemRefLayoutAttr;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.attr.TypeElision;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * A reference to a region of memory, {@code memref<4x?xf32>}, with an optional layout ({@code
 * memref<4x?xf32, strided<[?, 1], offset: ?>>}, an affine map) and memory space ({@code
 * memref<4xf32, 1>}, {@code memref<4xf32, #gpu.address_space<workgroup>>}).
 *
 * <p>As in MLIR, an identity layout and the integer memory space 0 are the defaults: they are
 * dropped on construction, so equal memrefs compare equal however they were spelled.
 *
 * @param shape the dimensions; each non-negative or {@link ShapedType#DYNAMIC}
 * @param elementType an integer, index, float, complex, vector, memref or {@link MemRefElementType}
 * @param layout the layout, or {@code null} for the identity
 * @param memorySpace the memory space, or {@code null} for the default
 */
public record MemRefType(
    ImmutableLongList shape, Type elementType, MemRefLayoutAttr layout, Attribute memorySpace)
    implements ShapedType {
  /** Validates the components and drops default layout and memory space. */
  public MemRefType {
    Objects.requireNonNull(shape, "shape");
    checkElementType(elementType);
    Shapes.check("memref", shape, true);
    if (layout != null && layout.isIdentity()) {
      layout = null;
    }
    if (layout instanceof StridedLayoutAttr strided && strided.strides().size() != shape.size()) {
      throw new IllegalArgumentException(
          "expected the number of strides to match the rank: "
              + strided.strides().size()
              + " strides for rank "
              + shape.size());
    }
    memorySpace = skipDefaultMemorySpace(memorySpace);
  }

  static void checkElementType(Type elementType) {
    Objects.requireNonNull(elementType, "elementType");
    if (!(elementType instanceof MemRefElementType
        || elementType instanceof ComplexType
        || elementType instanceof VectorType
        || elementType instanceof MemRefType
        || elementType instanceof UnrankedMemRefType)) {
      throw new IllegalArgumentException("invalid memref element type: '" + elementType + "'");
    }
  }

  static Attribute skipDefaultMemorySpace(Attribute memorySpace) {
    return memorySpace instanceof IntegerAttr i && i.value().signum() == 0 ? null : memorySpace;
  }

  /** {@code memref<shape x elementType>} with identity layout in the default memory space. */
  public static MemRefType get(Context ctx, ImmutableLongList shape, Type elementType) {
    return ctx.intern(new MemRefType(shape, elementType, null, null));
  }

  /** {@code memref<shape x elementType>} with identity layout in the default memory space. */
  public static MemRefType get(Context ctx, long[] shape, Type elementType) {
    return get(ctx, LongLists.immutable.of(shape), elementType);
  }

  /** A memref with a layout ({@code null}: identity) and memory space ({@code null}: default). */
  public static MemRefType get(
      Context ctx,
      ImmutableLongList shape,
      Type elementType,
      MemRefLayoutAttr layout,
      Attribute memorySpace) {
    return ctx.intern(new MemRefType(shape, elementType, layout, memorySpace));
  }

  @Override
  public boolean hasRank() {
    return true;
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("memref<");
    Shapes.print(p, shape);
    p.printType(elementType);
    if (layout != null) {
      p.print(", ");
      TypeElision.printMayElide(p, layout);
    }
    if (memorySpace != null) {
      p.print(", ");
      TypeElision.printMayElide(p, memorySpace);
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
    return other instanceof MemRefType that
        && Objects.equals(shape, that.shape)
        && Objects.equals(elementType, that.elementType)
        && Objects.equals(layout, that.layout)
        && Objects.equals(memorySpace, that.memorySpace);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(shape);
    hash = 31 * hash + Objects.hashCode(elementType);
    hash = 31 * hash + Objects.hashCode(layout);
    hash = 31 * hash + Objects.hashCode(memorySpace);
    return hash;
  }
}
