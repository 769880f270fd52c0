package dev.aic.text;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.type.Type;
import java.util.Optional;

/**
 * How a dialect's own types and attributes are read: a {@link dev.aic.ir.Dialect} implements this
 * to parse {@code !ns.mnemonic<...>} and {@code #ns.mnemonic<...>}. (Printing needs no hook: types
 * and attributes print themselves.) A dialect may also name aliases for its values, as MLIR's
 * {@code OpAsmDialectInterface::getAlias} does.
 */
public interface DialectSyntax {
  /** Parses the body of a dialect type after {@code !ns.}; the parser is at the mnemonic. */
  default Type parseType(DialectAsmParser p) {
    throw p.emitError(p.currentLocation(), "dialect has no types");
  }

  /** Parses the body of a dialect attribute after {@code #ns.}, with an expected type if known. */
  default Attribute parseAttribute(DialectAsmParser p, Type type) {
    throw p.emitError(p.currentLocation(), "dialect has no attributes");
  }

  /** The alias name to print for {@code type} ({@code !name = ...}), if the dialect wants one. */
  default Optional<String> typeAlias(Type type) {
    return Optional.empty();
  }

  /** The alias name to print for {@code attribute} ({@code #name = ...}), if wanted. */
  default Optional<String> attributeAlias(Attribute attribute) {
    return Optional.empty();
  }
}
