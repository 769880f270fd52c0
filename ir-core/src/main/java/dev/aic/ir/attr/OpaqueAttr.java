package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.Type;
import java.util.Objects;

/**
 * An attribute of a dialect that is not loaded, kept as text: {@code #dialect.anything<kept
 * verbatim>}, or {@code #dialect<"body">} when the body is not an identifier; with a type other
 * than {@code none} it prints {@code #dialect.body : type}.
 *
 * @param dialectNamespace the dialect's namespace
 * @param attrData the text after {@code #namespace.}, or inside {@code #namespace<...>}
 * @param type the attribute's type, or {@code null} for none
 */
public record OpaqueAttr(String dialectNamespace, String attrData, Type type) implements Attribute {
  /** Validates the components; a {@code none} type is the same as no type. */
  public OpaqueAttr {
    Objects.requireNonNull(dialectNamespace, "dialectNamespace");
    Objects.requireNonNull(attrData, "attrData");
    if (type instanceof NoneType) {
      type = null;
    }
  }

  /** The untyped opaque attribute {@code #namespace.data}. */
  public static OpaqueAttr get(Context ctx, String dialectNamespace, String attrData) {
    return ctx.intern(new OpaqueAttr(dialectNamespace, attrData, null));
  }

  /** The opaque attribute {@code #namespace.data : type}. */
  public static OpaqueAttr get(Context ctx, String dialectNamespace, String attrData, Type type) {
    return ctx.intern(new OpaqueAttr(dialectNamespace, attrData, type));
  }

  @Override
  public void print(AttrTypePrinter p) {
    OpaqueType.printDialectSymbol(p, '#', dialectNamespace, attrData);
    if (type != null) {
      p.print(" : ").printType(type);
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
    return other instanceof OpaqueAttr that
        && Objects.equals(dialectNamespace, that.dialectNamespace)
        && Objects.equals(attrData, that.attrData)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(dialectNamespace);
    hash = 31 * hash + Objects.hashCode(attrData);
    hash = 31 * hash + Objects.hashCode(type);
    return hash;
  }
}
