package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;

/**
 * A tensor of unknown rank, {@code tensor<*xf32>}.
 *
 * @param elementType any type but a tensor, memref, tuple, function or none
 */
public record UnrankedTensorType(Type elementType) implements TensorType {
  /** Validates the element type. */
  public UnrankedTensorType {
    RankedTensorType.checkElementType(elementType);
  }

  /** {@code tensor<*x elementType>}. */
  public static UnrankedTensorType get(Context ctx, Type elementType) {
    return ctx.intern(new UnrankedTensorType(elementType));
  }

  @Override
  public boolean hasRank() {
    return false;
  }

  /** Always throws: an unranked tensor has no shape. */
  @Override
  public ImmutableLongList shape() {
    throw new IllegalStateException("'" + this + "' has no shape");
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("tensor<*x").printType(elementType).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof UnrankedTensorType that
        && Objects.equals(elementType, that.elementType);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(elementType);
  }
}
