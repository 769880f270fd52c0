package dev.aic.ir.testdialect;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.Type;

/**
 * The test dialect's only type, {@code !test.<name>}, so IR-core tests need no builtin types.
 *
 * @param name what distinguishes one test type from another
 */
public record TestType(String name) implements Type {
  /** The interned test type {@code name}. */
  public static TestType get(Context context, String name) {
    return context.intern(new TestType(name));
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("!test.").print(name);
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }
}
