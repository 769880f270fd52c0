package dev.aic.ir.trait;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;

/** The op ends its block, and so may only stand last in it. */
public final class IsTerminator implements OpTrait {
  /** The trait. */
  public static final IsTerminator INSTANCE = new IsTerminator();

  private IsTerminator() {}

  @Override
  public boolean verify(Operation op) {
    Block block = op.parentBlock();
    if (block == null || block.lastOp() != op) {
      op.emitOpError("must be the last operation in the parent block");
      return false;
    }
    return true;
  }
}
