package dev.aic.ir.attr;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import java.util.List;
import java.util.Objects;

/**
 * A reference to a symbol, {@code @root} (flat) or nested through symbol tables, {@code
 * @root::@inner::@leaf}.
 *
 * @param root the symbol looked up in the nearest symbol table
 * @param nested the symbols looked up in turn inside it
 */
public record SymbolRefAttr(String root, List<String> nested) implements Attribute {
  /** Copies the nested references. */
  public SymbolRefAttr {
    Objects.requireNonNull(root, "root");
    nested = List.copyOf(nested);
  }

  /** A flat reference, {@code @name}. */
  public static SymbolRefAttr flat(String name) {
    return new SymbolRefAttr(name, List.of());
  }

  /** Whether this reference has no nested part. */
  public boolean isFlat() {
    return nested.isEmpty();
  }

  /** The last symbol of the path. */
  public String leaf() {
    return nested.isEmpty() ? root : nested.get(nested.size() - 1);
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print('@').print(AsmText.keyword(root));
    for (String name : nested) {
      p.print("::@").print(AsmText.keyword(name));
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
    return other instanceof SymbolRefAttr that
        && Objects.equals(root, that.root)
        && Objects.equals(nested, that.nested);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(root);
    hash = 31 * hash + Objects.hashCode(nested);
    return hash;
  }
}
