package dev.aic.ir.attr;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.Type;
import java.util.Objects;

/**
 * A string constant, {@code "text"}, optionally typed ({@code "text" : i32}); MLIR strings are byte
 * strings, and this record keeps them as Java strings decoded from UTF-8.
 *
 * @param value the string
 * @param type the type, or {@code null} for MLIR's default {@code none}
 */
public record StringAttr(String value, Type type) implements Attribute {
  /** Validates the components. */
  public StringAttr {
    Objects.requireNonNull(value, "value");
    // none is a string's default type: "x" : none is "x", as MLIR prints it.
    if (type instanceof NoneType) {
      type = null;
    }
  }

  /** An untyped string. */
  public StringAttr(String value) {
    this(value, null);
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print(AsmText.quoted(value));
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
    return other instanceof StringAttr that
        && Objects.equals(value, that.value)
        && Objects.equals(type, that.type);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(value);
    hash = 31 * hash + Objects.hashCode(type);
    return hash;
  }
}
