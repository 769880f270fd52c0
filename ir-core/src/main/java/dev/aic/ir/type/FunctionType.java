package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.List;
import java.util.Objects;

/**
 * The type of a function, {@code (i32, f32) -> i64}: a single result that is not itself a function
 * prints without parentheses, anything else with them ({@code () -> ()}, {@code () -> (() -> ())}).
 *
 * @param inputs the argument types
 * @param results the result types
 */
public record FunctionType(List<Type> inputs, List<Type> results) implements Type {
  /** Copies the lists. */
  public FunctionType {
    inputs = List.copyOf(inputs);
    results = List.copyOf(results);
  }

  /** {@code (inputs) -> results}. */
  public static FunctionType get(Context ctx, List<Type> inputs, List<Type> results) {
    return ctx.intern(new FunctionType(inputs, results));
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print('(');
    printList(p, inputs);
    p.print(") -> ");
    if (results.size() == 1 && !(results.get(0) instanceof FunctionType)) {
      p.printType(results.get(0));
    } else {
      p.print('(');
      printList(p, results);
      p.print(')');
    }
  }

  static void printList(AttrTypePrinter p, List<Type> types) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      p.printType(types.get(i));
    }
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof FunctionType that
        && Objects.equals(inputs, that.inputs)
        && Objects.equals(results, that.results);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(inputs);
    hash = 31 * hash + Objects.hashCode(results);
    return hash;
  }
}
