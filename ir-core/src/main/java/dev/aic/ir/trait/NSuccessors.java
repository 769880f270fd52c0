package dev.aic.ir.trait;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;

/**
 * The terminator branches to exactly {@code count} blocks of its own region.
 *
 * @param count the number of successors
 */
public record NSuccessors(int count) implements OpTrait {
  /** No successors. */
  public static final NSuccessors ZERO = new NSuccessors(0);

  /** One successor. */
  public static final NSuccessors ONE = new NSuccessors(1);

  @Override
  public boolean verify(Operation op) {
    int found = op.numSuccessors();
    if (found != count) {
      op.emitOpError(
          "requires "
              + count
              + (count == 1 ? " successor" : " successors")
              + " but found "
              + found);
      return false;
    }
    return verifySuccessorsInRegion(op);
  }

  /** Successors must be blocks of the terminator's own region. */
  static boolean verifySuccessorsInRegion(Operation op) {
    for (Block successor : op.successors()) {
      if (successor.parent() != op.parentRegion()) {
        op.emitError("reference to block defined in another region");
        return false;
      }
    }
    return true;
  }
}
