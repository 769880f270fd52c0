package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;

/**
 * A type of a dialect that is not loaded, kept as text: {@code !dialect.anything<kept verbatim>} is
 * namespace {@code dialect} with body {@code anything<kept verbatim>}.
 *
 * @param dialectNamespace the dialect's namespace
 * @param typeData the text after {@code !namespace.}, or inside {@code !namespace<...>}
 */
public record OpaqueType(String dialectNamespace, String typeData) implements Type {
  /** Validates the components. */
  public OpaqueType {
    Objects.requireNonNull(dialectNamespace, "dialectNamespace");
    Objects.requireNonNull(typeData, "typeData");
  }

  /** The opaque type {@code !namespace.data}. */
  public static OpaqueType get(Context ctx, String dialectNamespace, String typeData) {
    return ctx.intern(new OpaqueType(dialectNamespace, typeData));
  }

  @Override
  public void print(AttrTypePrinter p) {
    printDialectSymbol(p, '!', dialectNamespace, typeData);
  }

  /**
   * Writes a dialect type ({@code !}) or attribute ({@code #}) as MLIR does: {@code #ns.body} when
   * the body is an identifier optionally followed by {@code <...>}, else {@code #ns<body>}.
   */
  public static void printDialectSymbol(
      AttrTypePrinter p, char sigil, String namespace, String body) {
    p.print(sigil).print(namespace);
    if (isPrettyForm(body)) {
      p.print('.').print(body);
    } else {
      p.print('<').print(body).print('>');
    }
  }

  private static boolean isPrettyForm(String body) {
    if (body.isEmpty() || !Character.isLetter(body.charAt(0)) || body.charAt(0) > 0x7f) {
      return false;
    }
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!(alnum || c == '.' || c == '_')) {
        break;
      }
      i++;
    }
    return i == body.length() || (body.charAt(i) == '<' && body.endsWith(">"));
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof OpaqueType that
        && Objects.equals(dialectNamespace, that.dialectNamespace)
        && Objects.equals(typeData, that.typeData);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(dialectNamespace);
    hash = 31 * hash + Objects.hashCode(typeData);
    return hash;
  }
}
