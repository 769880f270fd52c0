package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op takes {@code count} or more operands.
 *
 * @param count the least number of operands
 */
public record AtLeastNOperands(int count) implements OpTrait {
  @Override
  public boolean verify(Operation op) {
    if (op.numOperands() >= count) {
      return true;
    }
    op.emitOpError("expected " + count + " or more operands, but found " + op.numOperands());
    return false;
  }
}
