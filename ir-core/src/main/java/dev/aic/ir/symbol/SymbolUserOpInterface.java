package dev.aic.ir.symbol;

import dev.aic.ir.Operation;

/**
 * An op that refers to symbols and checks those references once its symbol table is verified, such
 * as a call checking that its callee exists.
 */
@FunctionalInterface
public interface SymbolUserOpInterface {
  /**
   * Checks the symbols {@code op} refers to, reporting diagnostics at the op.
   *
   * @return whether every reference is valid
   */
  boolean verifySymbolUses(Operation op);
}
