package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;

/**
 * The attribute whose presence is its meaning, {@code unit}; in a dictionary only its name shows.
 */
public record UnitAttr() implements Attribute {
  /** The one unit attribute. */
  public static final UnitAttr INSTANCE = new UnitAttr();

  @Override
  public void print(AttrTypePrinter p) {
    p.print("unit");
  }

  @Override
  public String toString() {
    return "unit";
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof UnitAttr;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
