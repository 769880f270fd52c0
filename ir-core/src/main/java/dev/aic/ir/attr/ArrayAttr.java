package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.List;
import java.util.Objects;

/**
 * A list of attributes of any kinds, {@code [1, "a", i32]}; {@code i64} integers and {@code f64}
 * floats in it print without their type.
 *
 * @param elements the attributes
 */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
  /** Copies the list. */
  public ArrayAttr {
    elements = List.copyOf(elements);
  }

  /** {@code [elements]}. */
  public static ArrayAttr get(Context ctx, List<? extends Attribute> elements) {
    return ctx.intern(new ArrayAttr(List.copyOf(elements)));
  }

  /** The number of elements. */
  public int size() {
    return elements.size();
  }

  /** Element {@code i}. */
  public Attribute get(int i) {
    return elements.get(i);
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      TypeElision.printMayElide(p, elements.get(i));
    }
    p.print(']');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof ArrayAttr that && Objects.equals(elements, that.elements);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(elements);
  }
}
