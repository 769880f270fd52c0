package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.List;

/**
 * A fixed-size collection of other types, {@code tuple<i32, f32>}; it may be empty or nested.
 *
 * @param types the element types
 */
public record TupleType(List<Type> types) implements Type {
  /** Copies the list. */
  public TupleType {
    types = List.copyOf(types);
  }

  /** {@code tuple<types>}. */
  public static TupleType get(Context ctx, List<Type> types) {
    return ctx.intern(new TupleType(types));
  }

  /** The number of element types. */
  public int size() {
    return types.size();
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("tuple<");
    FunctionType.printList(p, types);
    p.print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }
}
