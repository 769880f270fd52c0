package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.TypeElision;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;

/**
 * A memref of unknown rank, {@code memref<*xf32>}, optionally in a memory space, {@code
 * memref<*xf32, 2>}; the integer space 0 is the default and is dropped.
 *
 * @param elementType as for {@link MemRefType}
 * @param memorySpace the memory space, or {@code null} for the default
 */
public record UnrankedMemRefType(Type elementType, Attribute memorySpace) implements ShapedType {
  /** Validates the element type and drops the default memory space. */
  public UnrankedMemRefType {
    MemRefType.checkElementType(elementType);
    memorySpace = MemRefType.skipDefaultMemorySpace(memorySpace);
  }

  /** {@code memref<*x elementType>}; a {@code null} memory space means the default. */
  public static UnrankedMemRefType get(Context ctx, Type elementType, Attribute memorySpace) {
    return ctx.intern(new UnrankedMemRefType(elementType, memorySpace));
  }

  @Override
  public boolean hasRank() {
    return false;
  }

  /** Always throws: an unranked memref has no shape. */
  @Override
  public ImmutableLongList shape() {
    throw new IllegalStateException("'" + this + "' has no shape");
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("memref<*x").printType(elementType);
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
    return other instanceof UnrankedMemRefType that
        && Objects.equals(elementType, that.elementType)
        && Objects.equals(memorySpace, that.memorySpace);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(elementType);
    hash = 31 * hash + Objects.hashCode(memorySpace);
    return hash;
  }
}
