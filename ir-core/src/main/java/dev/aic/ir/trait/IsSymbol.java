package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.symbol.SymbolTable;
import dev.aic.ir.symbol.Visibility;
import java.util.Optional;

/**
 * The op defines a symbol: a name in its {@code sym_name} string attribute, and an optional {@code
 * sym_visibility}.
 */
public final class IsSymbol implements OpTrait {
  /** The trait. */
  public static final IsSymbol INSTANCE = new IsSymbol();

  private IsSymbol() {}

  @Override
  public boolean verify(Operation op) {
    if (!(op.inherentOrDiscardable(SymbolTable.SYMBOL_NAME).orElse(null) instanceof StringAttr)) {
      op.emitOpError("requires string attribute '" + SymbolTable.SYMBOL_NAME + "'");
      return false;
    }
    Optional<Attribute> visibility = op.inherentOrDiscardable(SymbolTable.VISIBILITY);
    if (visibility.isPresent()
        && !(visibility.get() instanceof StringAttr s && Visibility.parse(s.value()).isPresent())) {
      op.emitOpError(
          "visibility expected to be one of [\"public\", \"private\", \"nested\"], but got "
              + visibility.get());
      return false;
    }
    return true;
  }
}
