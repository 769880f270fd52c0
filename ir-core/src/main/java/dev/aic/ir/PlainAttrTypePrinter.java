package dev.aic.ir;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;

/** Prints types and attributes into a {@link StringBuilder}, spelling out every nested value. */
final class PlainAttrTypePrinter implements AttrTypePrinter {
  private final StringBuilder out;

  PlainAttrTypePrinter(StringBuilder out) {
    this.out = out;
  }

  @Override
  public AttrTypePrinter print(String text) {
    out.append(text);
    return this;
  }

  @Override
  public AttrTypePrinter print(char c) {
    out.append(c);
    return this;
  }

  @Override
  public AttrTypePrinter printType(Type type) {
    type.print(this);
    return this;
  }

  @Override
  public AttrTypePrinter printAttribute(Attribute attribute) {
    attribute.print(this);
    return this;
  }

  @Override
  public AttrTypePrinter printLocation(Location location) {
    location.printBody(this);
    return this;
  }
}
