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
}
