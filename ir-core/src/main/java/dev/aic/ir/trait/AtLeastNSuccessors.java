package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The terminator branches to {@code count} or more blocks of its own region.
 *
 * @param count the least number of successors
 */
public record AtLeastNSuccessors(int count) implements OpTrait {
  @Override
  public boolean verify(Operation op) {
    if (op.numSuccessors() < count) {
      op.emitOpError("requires at least " + count + " successors but found " + op.numSuccessors());
      return false;
    }
    return NSuccessors.verifySuccessorsInRegion(op);
  }
}
