package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.type.Type;

/**
 * An attribute that carries a type, such as {@code 42 : i32} or {@code dense<1.0> : tensor<4xf32>}.
 * Custom assembly formats often print the value and the type apart, so the two halves print
 * separately.
 */
public interface TypedAttr extends Attribute {
  /** The type of the value. */
  Type type();

  /** Writes the value without the {@code : type} suffix. */
  void printWithoutType(AttrTypePrinter p);

  @Override
  default void print(AttrTypePrinter p) {
    printWithoutType(p);
    p.print(" : ").printType(type());
  }
}
