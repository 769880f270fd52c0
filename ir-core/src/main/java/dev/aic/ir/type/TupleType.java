package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.List;
import java.util.Objects;

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

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof TupleType that && Objects.equals(types, that.types);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(types);
  }
}
