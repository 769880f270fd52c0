package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;

/** Test helper: the plain text of a typed attribute without its type. */
final class AttrTypePrinterSupport {
  private AttrTypePrinterSupport() {}

  static String withoutType(TypedAttr attr) {
    StringBuilder out = new StringBuilder();
    attr.printWithoutType(
        new AttrTypePrinter() {
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
            out.append(AttrTypePrinter.toText(type));
            return this;
          }

          @Override
          public AttrTypePrinter printAttribute(Attribute attribute) {
            out.append(AttrTypePrinter.toText(attribute));
            return this;
          }

          @Override
          public AttrTypePrinter printLocation(Location location) {
            location.printBody(this);
            return this;
          }
        });
    return out.toString();
  }
}
