package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;

/** The unit type, {@code none}: the type of attributes that have no meaningful type. */
public record NoneType() implements Type {
  /** The none type of {@code ctx}. */
  public static NoneType get(Context ctx) {
    return ctx.intern(new NoneType());
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("none");
  }

  @Override
  public String toString() {
    return "none";
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof NoneType;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
