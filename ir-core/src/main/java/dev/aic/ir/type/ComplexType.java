package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;

/**
 * A complex number whose real and imaginary parts have an integer or float type, {@code
 * complex<f32>}.
 *
 * @param elementType the type of each part
 */
public record ComplexType(Type elementType) implements Type {
  /** Checks the element is an integer or float type, as MLIR does. */
  public ComplexType {
    Objects.requireNonNull(elementType, "elementType");
    if (!(elementType instanceof IntegerType || elementType instanceof FloatType)) {
      throw new IllegalArgumentException(
          "invalid element type for complex: '" + elementType + "' (expected integer or float)");
    }
  }

  /** {@code complex<elementType>}. */
  public static ComplexType get(Context ctx, Type elementType) {
    return ctx.intern(new ComplexType(elementType));
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("complex<").printType(elementType).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof ComplexType that && Objects.equals(elementType, that.elementType);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(elementType);
  }
}
