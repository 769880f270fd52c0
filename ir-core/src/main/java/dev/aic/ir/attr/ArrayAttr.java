package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import java.util.List;

/**
 * A list of attributes, {@code [1 : i32, "a", @f]}.
 *
 * @param elements the elements
 */
public record ArrayAttr(List<Attribute> elements) implements Attribute {
  /** Copies the elements. */
  public ArrayAttr {
    elements = List.copyOf(elements);
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print('[');
    for (int i = 0; i < elements.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      p.printAttribute(elements.get(i));
    }
    p.print(']');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }
}
