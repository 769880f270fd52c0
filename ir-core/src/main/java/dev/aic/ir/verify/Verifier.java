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

  /** A visit of an op or a block: entering it, or, once everything in it is done, leaving it. */
  private record WorkItem(Operation op, Block block, boolean exit) {}

  private static boolean verifyOperation(Operation root) {
    // Holds, per block entered, only the next op to enter: a block may hold millions.
    Deque<WorkItem> worklist = new ArrayDeque<>();
    worklist.push(new WorkItem(root, null, false));
    while (!worklist.isEmpty()) {
      WorkItem top = worklist.pop();
      if (top.exit) {
        boolean ok = top.op != null ? exit(top.op) : exit(top.block);
        if (!ok) {
          return false;
        }
        continue;
      }
      if (top.op != null) {
        // The op's next sibling is entered after the op is left.
        if (top.op != root) {
          pushFirstFrom(top.op.next(), worklist);
        }
        worklist.push(new WorkItem(top.op, null, true));
        if (!enter(top.op)) {
          return false;
        }
        List<Region> regions = top.op.regions();
        for (int r = regions.size() - 1; r >= 0; r--) {
          List<Block> blocks = regions.get(r).blockList();
          for (int b = blocks.size() - 1; b >= 0; b--) {
            worklist.push(new WorkItem(null, blocks.get(b), false));
          }
        }
      } else {
        worklist.push(new WorkItem(null, top.block, true));
        if (!enter(top.block)) {
          return false;
        }
        pushFirstFrom(top.block.firstOp(), worklist);
      }
    }
    return true;
  }

  /** Pushes the first op from {@code op} on that is entered here: isolated ops verify apart. */
  private static void pushFirstFrom(Operation op, Deque<WorkItem> worklist) {
    Operation next = op;
    while (next != null && isIsolatedWithRegions(next)) {
      next = next.next();
    }
    if (next != null) {
      worklist.push(new WorkItem(next, null, false));
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
    for (OpTrait trait : definition.traits()) {
      if (!trait.verify(op)) {
        return false;
      }
    }
    return definition.verify(op);
  }

  private static boolean exit(Operation op) {
    List<Operation> isolated = new ArrayList<>();
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        for (Operation nested : block.operations()) {
          if (isIsolatedWithRegions(nested)) {
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
    OpDefinition definition = op.definition();
    if (definition != null) {
      for (OpTrait trait : definition.traits()) {
        if (!trait.verifyRegions(op)) {
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

  private static boolean enter(Block block) {
    if (block.isEmpty()) {
      if (mayBeValidWithoutTerminator(block)) {
        return true;
      }
      block.parentOp().emitError("empty block: expect at least a terminator");
      return false;
    }
    for (Operation op : block.operations()) {
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
      for (Region region : parent.regions()) {
        for (Block block : region.blocks()) {
          boolean reachable = dominance.isReachableFromEntry(block);
          for (Operation op : block.operations()) {
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
