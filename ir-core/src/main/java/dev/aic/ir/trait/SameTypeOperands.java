package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.type.Type;

/** All operands have one type. */
public final class SameTypeOperands implements OpTrait {
  /** The trait. */
  public static final SameTypeOperands INSTANCE = new SameTypeOperands();

  private SameTypeOperands() {}

  @Override
  public boolean verify(Operation op) {
    if (op.numOperands() < 2) {
      return true;
    }
    Type first = op.operand(0).type();
    for (int i = 1; i < op.numOperands(); i++) {
      if (!op.operand(i).type().equals(first)) {
        op.emitOpError("requires all operands to have the same type");
        return false;
      }
    }
    return true;
  }
}
