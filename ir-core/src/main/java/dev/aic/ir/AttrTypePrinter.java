package dev.aic.ir;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.TypedAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;

/**
 * The sink that types, attributes and locations write their MLIR text into.
 *
 * <p>Each type and attribute prints itself, but hands every nested type, attribute and location
 * back to the printer instead of printing it directly. That is what lets the textual format
 * substitute aliases ({@code #map}, {@code !alias}, {@code #loc3}) anywhere inside a value while
 * the builtin syntax is written once, here in the IR core. {@link #toText} gives the plain form
 * without aliases, which is what {@code toString()} and diagnostics use.
 */
public interface AttrTypePrinter {
  /** Appends literal text. */
  AttrTypePrinter print(String text);

  /** Appends one character. */
  AttrTypePrinter print(char c);

  /** Prints a nested type, or its alias. */
  AttrTypePrinter printType(Type type);

  /** Prints a nested attribute with its type suffix where it has one, or its alias. */
  AttrTypePrinter printAttribute(Attribute attribute);

  /**
   * Prints the body of a nested location (what stands inside {@code loc(...)}), or its alias. A
   * location printed on its own as an attribute goes through {@link #printAttribute}.
   */
  AttrTypePrinter printLocation(Location location);

  /** The plain text of a type, without aliases. */
  static String toText(Type type) {
    StringBuilder out = new StringBuilder();
    type.print(new PlainAttrTypePrinter(out));
    return out.toString();
  }

  /** The plain text of a typed attribute's value, without its {@code : type} suffix. */
  static String toTextWithoutType(TypedAttr attribute) {
    StringBuilder out = new StringBuilder();
    attribute.printWithoutType(new PlainAttrTypePrinter(out));
    return out.toString();
  }

  /** The plain text of an attribute, without aliases. */
  static String toText(Attribute attribute) {
    StringBuilder out = new StringBuilder();
    attribute.print(new PlainAttrTypePrinter(out));
    return out.toString();
  }
}
