package dev.aic.ir.trait;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.diag.Note;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The op's regions may not use values defined outside the op, so passes can process such ops (like
 * functions) independently and in parallel.
 */
public final class IsolatedFromAbove implements OpTrait {
  /** The trait. */
  public static final IsolatedFromAbove INSTANCE = new IsolatedFromAbove();

  private IsolatedFromAbove() {}

  /** Checks every use nested in the op, stopping at nested isolated ops, which check themselves. */
  @Override
  public boolean verify(Operation isolated) {
    for (int r = 0; r < isolated.numRegions(); r++) {
      Region region = isolated.region(r);
      Deque<Region> pending = new ArrayDeque<>();
      pending.push(region);
      while (!pending.isEmpty()) {
        Region current = pending.pop();
        for (Block block = current.firstBlock(); block != null; block = block.next()) {
          for (Operation op = block.firstOp(); op != null; op = op.next()) {
            for (int i = 0; i < op.numOperands(); i++) {
              Region operandRegion = op.operand(i).parentRegion();
              if (operandRegion == null) {
                op.emitError("operation's operand is unlinked");
                return false;
              }
              // Most operands are defined in the region being walked, which lies inside the op.
              if (operandRegion != current && !region.isAncestor(operandRegion)) {
                op.emitOpError(
                    "using value defined outside the region",
                    new Note(isolated.location(), "required by region isolation constraints"));
                return false;
              }
            }
            if (op.numRegions() > 0 && !op.hasTrait(IsolatedFromAbove.class)) {
              for (int i = 0; i < op.numRegions(); i++) {
                pending.push(op.region(i));
              }
            }
          }
        }
      }
    }
    return true;
  }
}
