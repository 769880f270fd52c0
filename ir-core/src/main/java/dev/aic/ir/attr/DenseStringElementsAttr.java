package dev.aic.ir.attr;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.ShapedType;
import java.util.List;
import java.util.Objects;

/**
 * Dense string elements, {@code dense<["a", "b"]> : tensor<2x!foo.str>}; equal strings collapse to
 * a splat, {@code dense<"a">}.
 *
 * @param type the statically shaped type
 * @param values one string per element, or a single one for a splat
 */
public record DenseStringElementsAttr(ShapedType type, List<String> values)
    implements DenseElementsAttr {
  /** Checks the count against the shape and collapses equal strings to a splat. */
  public DenseStringElementsAttr {
    Objects.requireNonNull(type, "type");
    values = List.copyOf(values);
    long n = DenseIntOrFPElementsAttr.checkShape(type);
    if (values.size() != n && !(values.size() == 1 && n > 0)) {
      throw new IllegalArgumentException(
          "expected " + n + " strings for '" + type + "', got " + values.size());
    }
    if (values.size() > 1 && values.stream().distinct().count() == 1) {
      values = List.of(values.get(0));
    }
  }

  /** Dense strings of {@code type}: one per element, or one for all. */
  public static DenseStringElementsAttr get(Context ctx, ShapedType type, List<String> values) {
    return ctx.intern(new DenseStringElementsAttr(type, values));
  }

  @Override
  public boolean isSplat() {
    return values.size() == 1;
  }

  /** Element {@code index} in row-major order. */
  public String value(long index) {
    return isSplat() ? values.get(0) : values.get(Math.toIntExact(index));
  }

  @Override
  public void printWithoutType(AttrTypePrinter p) {
    p.print("dense<");
    DenseElementsPrinter.printNested(p, type, isSplat(), i -> AsmText.quoted(value(i)));
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
    return other instanceof DenseStringElementsAttr that
        && Objects.equals(type, that.type)
        && Objects.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(type);
    hash = 31 * hash + Objects.hashCode(values);
    return hash;
  }
}
