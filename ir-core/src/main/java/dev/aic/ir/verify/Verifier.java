package dev.aic.ir.verify;

import dev.aic.ir.Block;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.analysis.DominanceInfo;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.OperationFormatter;
import dev.aic.ir.iface.RegionKind;
import dev.aic.ir.iface.RegionKindInterface;
import dev.aic.ir.loc.Location;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.trait.NoTerminator;
import dev.aic.ir.trait.OpTrait;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Checks that IR is well formed, in MLIR's order: structure first (terminators, region kinds,
 * successors), each op's trait verifiers then its own verifier on the way down, region verifiers on
 * the way up, and finally dominance of operands. Ops isolated from above are verified as separate
 * units. The first failure stops verification, with a diagnostic at the offending location; the
 * walk uses explicit worklists, so nesting depth cannot overflow the stack.
 */
public final class Verifier {
  private Verifier() {}

  /**
   * Verifies {@code op} and everything nested in it.
   *
   * @return whether the IR is valid; if not, the diagnostics say why
   */
  public static boolean verify(Operation op) {
    return verifyOpAndDominance(op);
  }

  private static boolean verifyOpAndDominance(Operation op) {
    if (!verifyOperation(op)) {
      return false;
    }
    return op.numRegions() == 0 || verifyDominanceOfContainedRegions(op, new DominanceInfo());
  }

  /** Leaving an op with regions, or a block, once everything in it is verified. */
  private record Exit(Operation op, Block block) {}

  private static boolean verifyOperation(Operation root) {
    // Holds ops and blocks to enter, and Exits. Per block entered it holds only the next op to
    // enter: a block may hold millions. An op without regions is entered and left at once.
    Deque<Object> worklist = new ArrayDeque<>();
    worklist.push(root);
    while (!worklist.isEmpty()) {
      Object top = worklist.pop();
      if (top instanceof Operation op) {
        // The op's next sibling is entered after the op is left.
        if (op != root) {
          pushFirstFrom(op.next(), worklist);
        }
        if (!enter(op)) {
          return false;
        }
        if (op.numRegions() == 0) {
          if (!exit(op)) {
            return false;
          }
          continue;
        }
        worklist.push(new Exit(op, null));
        for (int r = op.numRegions() - 1; r >= 0; r--) {
          for (Block block = op.region(r).lastBlock(); block != null; block = block.prev()) {
            worklist.push(block);
          }
        }
      } else if (top instanceof Block block) {
        worklist.push(new Exit(null, block));
        if (!enter(block)) {
          return false;
        }
        pushFirstFrom(block.firstOp(), worklist);
      } else {
        Exit exit = (Exit) top;
        if (!(exit.op != null ? exit(exit.op) : exit(exit.block))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Pushes the first op from {@code op} on that is entered here: isolated ops verify apart. */
  private static void pushFirstFrom(Operation op, Deque<Object> worklist) {
    Operation next = op;
    while (next != null && isIsolatedWithRegions(next)) {
      next = next.next();
    }
    if (next != null) {
      worklist.push(next);
    }
  }

  private static boolean isIsolatedWithRegions(Operation op) {
    return op.numRegions() > 0 && op.hasTrait(IsolatedFromAbove.class);
  }

  private static boolean enter(Operation op) {
    OpDefinition definition = op.definition();
    if (definition != null && !verifyInvariants(op, definition)) {
      return false;
    }
    for (int i = 0; i < op.numRegions(); i++) {
      Region region = op.region(i);
      if (op.isRegistered()
          && RegionKindInterface.of(region) == RegionKind.GRAPH
          && !region.isEmpty()
          && !region.hasOneBlock()) {
        op.emitOpError("expects graph region #" + i + " to have 0 or 1 blocks");
        return false;
      }
      if (!region.isEmpty() && !region.firstBlock().hasNoPredecessors()) {
        op.emitError("entry block of region may not have predecessors");
        return false;
      }
    }
    return true;
  }

  private static boolean verifyInvariants(Operation op, OpDefinition definition) {
    List<OpTrait> traits = definition.traits();
    for (int i = 0; i < traits.size(); i++) {
      if (!traits.get(i).verify(op)) {
        return false;
      }
    }
    return definition.verify(op);
  }

  private static boolean exit(Operation op) {
    if (op.numRegions() != 0 && !verifyIsolatedNested(op)) {
      return false;
    }
    OpDefinition definition = op.definition();
    if (definition != null) {
      List<OpTrait> traits = definition.traits();
      for (int i = 0; i < traits.size(); i++) {
        if (!traits.get(i).verifyRegions(op)) {
          return false;
        }
      }
      return definition.verifyRegions(op);
    }
    Optional<Dialect> dialect = op.context().dialect(op.name().dialectNamespace());
    if (dialect.isEmpty()) {
      if (!op.context().allowsUnregisteredDialects()) {
        op.emitOpError(
            "created with unregistered dialect. If this is intended, please call"
                + " allowUnregisteredDialects() on the MLIRContext, or use"
                + " -allow-unregistered-dialect with the MLIR opt tool used");
        return false;
      }
      return true;
    }
    if (!dialect.get().allowsUnknownOperations()) {
      op.emitError(
          "unregistered operation '"
              + op.name()
              + "' found in dialect ('"
              + dialect.get().namespace()
              + "') that does not allow unknown operations");
      return false;
    }
    return true;
  }

  /** Verifies the ops isolated from above directly in {@code op}'s regions, each as a unit. */
  private static boolean verifyIsolatedNested(Operation op) {
    List<Operation> isolated = List.of();
    for (int r = 0; r < op.numRegions(); r++) {
      for (Block block = op.region(r).firstBlock(); block != null; block = block.next()) {
        for (Operation nested = block.firstOp(); nested != null; nested = nested.next()) {
          if (isIsolatedWithRegions(nested)) {
            if (isolated.isEmpty()) {
              isolated = new ArrayList<>();
            }
            isolated.add(nested);
          }
        }
      }
    }
    for (Operation nested : isolated) {
      if (!verifyOpAndDominance(nested)) {
        return false;
      }
    }
    return true;
  }

  private static boolean enter(Block block) {
    if (block.isEmpty()) {
      if (mayBeValidWithoutTerminator(block)) {
        return true;
      }
      block.parentOp().emitError("empty block: expect at least a terminator");
      return false;
    }
    for (Operation op = block.firstOp(); op != null; op = op.next()) {
      if (op.numSuccessors() != 0 && op != block.lastOp()) {
        op.emitError("operation with block successors must terminate its parent block");
        return false;
      }
    }
    return true;
  }

  private static boolean exit(Block block) {
    for (Block successor : block.successors()) {
      if (successor.parent() != block.parent()) {
        block.lastOp().emitOpError("branching to block of a different region");
        return false;
      }
    }
    if (mayBeValidWithoutTerminator(block)) {
      return true;
    }
    Operation last = block.lastOp();
    if (last.isRegistered() && !last.hasTrait(IsTerminator.class)) {
      last.emitError("block with no terminator, has " + OperationFormatter.get().format(last));
      return false;
    }
    return true;
  }

  /**
   * A block may lack a terminator when it is detached, or the only block of a region whose op is
   * detached, unregistered or declares {@link NoTerminator}.
   */
  private static boolean mayBeValidWithoutTerminator(Block block) {
    Region region = block.parent();
    if (region == null) {
      return true;
    }
    if (!region.hasOneBlock()) {
      return false;
    }
    Operation op = region.parentOp();
    return op == null || !op.isRegistered() || op.hasTrait(NoTerminator.class);
  }

  private static boolean verifyDominanceOfContainedRegions(
      Operation root, DominanceInfo dominance) {
    Deque<Operation> worklist = new ArrayDeque<>();
    worklist.push(root);
    while (!worklist.isEmpty()) {
      Operation parent = worklist.pop();
      for (int r = 0; r < parent.numRegions(); r++) {
        for (Block block = parent.region(r).firstBlock(); block != null; block = block.next()) {
          boolean reachable = dominance.isReachableFromEntry(block);
          for (Operation op = block.firstOp(); op != null; op = op.next()) {
            if (reachable) {
              for (int i = 0; i < op.numOperands(); i++) {
                if (!dominance.properlyDominates(op.operand(i), op)) {
                  diagnoseInvalidOperandDominance(op, i);
                  return false;
                }
              }
            }
            if (op.numRegions() != 0 && !op.hasTrait(IsolatedFromAbove.class)) {
              worklist.push(op);
            }
          }
        }
      }
    }
    return true;
  }

  private static void diagnoseInvalidOperandDominance(Operation op, int operandIndex) {
    String message = "operand #" + operandIndex + " does not dominate this use";
    Value operand = op.operand(operandIndex);
    Block userBlock = op.parentBlock();
    Region userRegion = userBlock.parent();
    Operation definingOp = operand.definingOp();
    if (definingOp != null) {
      Block defBlock = definingOp.parentBlock();
      Region defRegion = defBlock == null ? null : defBlock.parent();
      String where;
      if (defBlock == userBlock) {
        where = "(op in the same block)";
      } else if (defRegion == userRegion) {
        where = "(op in the same region)";
      } else if (isProperAncestor(defRegion, userRegion)) {
        where = "(op in a parent region)";
      } else if (isProperAncestor(userRegion, defRegion)) {
        where = "(op in a child region)";
      } else {
        where = "(op is neither in a parent nor in a child region)";
      }
      op.emitError(message, new Note(definingOp.location(), "operand defined here " + where));
      return;
    }
    Block owner = operand.parentBlock();
    Region ownerRegion = owner.parent();
    Operation ownerOp = owner.parentOp();
    Location noteLocation = ownerOp == null ? Location.unknown() : ownerOp.location();
    String where;
    if (ownerRegion == null) {
      where = " (block without parent)";
    } else {
      int index = ownerRegion.blockList().indexOf(owner);
      String relation;
      if (ownerRegion == userRegion) {
        relation = " in the same region)";
      } else if (isProperAncestor(ownerRegion, userRegion)) {
        relation = " in a parent region)";
      } else if (isProperAncestor(userRegion, ownerRegion)) {
        relation = " in a child region)";
      } else {
        relation = " neither in a parent nor in a child region)";
      }
      where = "operand defined as a block argument (block #" + index + relation;
    }
    op.emitError(message, new Note(noteLocation, where));
  }

  private static boolean isProperAncestor(Region ancestor, Region region) {
    return ancestor != null && region != null && ancestor != region && ancestor.isAncestor(region);
  }
}
