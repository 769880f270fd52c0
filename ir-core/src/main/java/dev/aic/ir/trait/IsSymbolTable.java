package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.WalkOrder;
import dev.aic.ir.WalkResult;
import dev.aic.ir.diag.Note;
import dev.aic.ir.symbol.SymbolTable;
import dev.aic.ir.symbol.SymbolUserOpInterface;
import java.util.HashMap;
import java.util.Map;

/**
 * The op's single region is a symbol table: the symbols defined directly in it have unique names.
 */
public final class IsSymbolTable implements OpTrait {
  /** The trait. */
  public static final IsSymbolTable INSTANCE = new IsSymbolTable();

  private IsSymbolTable() {}

  /** Checks the shape, unique names, then every nested symbol user, as MLIR does. */
  @Override
  public boolean verifyRegions(Operation op) {
    if (op.numRegions() != 1) {
      op.emitOpError("Operations with a 'SymbolTable' must have exactly one region");
      return false;
    }
    if (!op.region(0).hasOneBlock()) {
      op.emitOpError("Operations with a 'SymbolTable' must have exactly one block");
      return false;
    }
    Map<String, Operation> seen = new HashMap<>();
    for (Operation nested : op.region(0).firstBlock().operations()) {
      String name = SymbolTable.symbolName(nested);
      if (name == null) {
        continue;
      }
      Operation existing = seen.putIfAbsent(name, nested);
      if (existing != null) {
        nested.emitError(
            "redefinition of symbol named '" + name + "'",
            new Note(existing.location(), "see existing symbol definition here"));
        return false;
      }
    }
    return verifySymbolUsers(op);
  }

  private static boolean verifySymbolUsers(Operation table) {
    return table.walk(
            WalkOrder.PRE_ORDER,
            nested -> {
              if (nested == table) {
                return WalkResult.ADVANCE;
              }
              boolean ok =
                  nested
                      .interfaceImpl(SymbolUserOpInterface.class)
                      .map(user -> user.verifySymbolUses(nested))
                      .orElse(true);
              if (!ok) {
                return WalkResult.INTERRUPT;
              }
              // A nested table verifies its own users.
              return nested.hasTrait(IsSymbolTable.class) ? WalkResult.SKIP : WalkResult.ADVANCE;
            })
        != WalkResult.INTERRUPT;
  }
}
