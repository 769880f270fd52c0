package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.Region;

/** Each of the op's regions holds at most one block. */
public final class SingleBlock implements OpTrait {
  /** The trait. */
  public static final SingleBlock INSTANCE = new SingleBlock();

  private SingleBlock() {}

  @Override
  public boolean verify(Operation op) {
    return verifySingleBlock(op);
  }

  /** The check {@link SingleBlock} and {@link SingleBlockImplicitTerminator} share. */
  static boolean verifySingleBlock(Operation op) {
    for (int i = 0; i < op.numRegions(); i++) {
      Region region = op.region(i);
      if (region.isEmpty()) {
        continue;
      }
      if (!region.hasOneBlock()) {
        op.emitOpError("expects region #" + i + " to have 0 or 1 blocks");
        return false;
      }
      if (region.firstBlock().isEmpty() && !op.hasTrait(NoTerminator.class)) {
        op.emitOpError("expects a non-empty block");
        return false;
      }
    }
    return true;
  }
}
