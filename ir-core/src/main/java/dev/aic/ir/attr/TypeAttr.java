package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.Type;
import java.util.Objects;

/**
 * A type used as an attribute, e.g. a function's {@code function_type}; it prints as the type.
 *
 * @param value the type
 */
public record TypeAttr(Type value) implements Attribute {
  /** Validates the component. */
  public TypeAttr {
    Objects.requireNonNull(value, "value");
  }

  /** The attribute holding {@code type}. */
  public static TypeAttr get(Context ctx, Type type) {
    return ctx.intern(new TypeAttr(type));
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.printType(value);
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof TypeAttr that && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(value);
  }
}
