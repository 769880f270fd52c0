package dev.aic.ir.trait;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.Note;
import dev.aic.ir.symbol.SymbolTable;
import dev.aic.ir.symbol.SymbolUserOpInterface;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Verifies the symbol users nested in {@code table} in pre-order, stopping at the first failure.
   * A nested table verifies its own users. (A loop rather than a walk with a lambda: every module
   * is a symbol table, and on JDK 17 the first lambda of a run costs start-up time, docs/perf.md.)
   */
  private static boolean verifySymbolUsers(Operation table) {
    // A module of a million unregistered ops need not be walked to find none.
    if (!table.context().anyOperationImplements(SymbolUserOpInterface.class)) {
      return true;
    }
    // Holds the next op to visit of each block entered, not every op: a block may hold millions.
    ArrayDeque<Operation> pending = new ArrayDeque<>();
    pushFirstChildren(table, pending);
    while (!pending.isEmpty()) {
      Operation nested = pending.pop();
      if (nested.next() != null) {
        pending.push(nested.next());
      }
      Optional<SymbolUserOpInterface> user = nested.interfaceImpl(SymbolUserOpInterface.class);
      if (user.isPresent() && !user.get().verifySymbolUses(nested)) {
        return false;
      }
      if (!nested.hasTrait(IsSymbolTable.class)) {
        pushFirstChildren(nested, pending);
      }
    }
    return true;
  }

  /**
   * Pushes the first op of each block nested in {@code op}, so that the first block's pops first.
   */
  private static void pushFirstChildren(Operation op, ArrayDeque<Operation> pending) {
    for (int r = op.numRegions() - 1; r >= 0; r--) {
      for (Block block = op.region(r).lastBlock(); block != null; block = block.prev()) {
        if (block.firstOp() != null) {
          pending.push(block.firstOp());
        }
      }
    }
  }
}
