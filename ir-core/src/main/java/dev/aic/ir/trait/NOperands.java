package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op takes exactly {@code count} operands.
 *
 * @param count the number of operands
 */
public record NOperands(int count) implements OpTrait {
  /** No operands. */
  public static final NOperands ZERO = new NOperands(0);

  /** One operand. */
  public static final NOperands ONE = new NOperands(1);

  @Override
  public boolean verify(Operation op) {
    int found = op.numOperands();
    if (found == count) {
      return true;
    }
    op.emitOpError(
        switch (count) {
          case 0 -> "requires zero operands";
          case 1 -> "requires a single operand";
          default -> "expected " + count + " operands, but found " + found;
        });
    return false;
  }
}
