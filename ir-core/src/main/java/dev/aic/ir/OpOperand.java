package dev.aic.ir;

/**
 * One operand slot of an operation, and one entry on the used value's intrusive use list.
 * Redirecting it with {@link #set} unlinks it from the old value and links it to the new one in
 * O(1).
 */
public final class OpOperand extends IrOperand<Value, OpOperand> {
  int index;

  OpOperand(Operation owner, int index, Value value) {
    super(owner, value);
    this.index = index;
  }

  /** The position among the owner's operands. */
  public int index() {
    return index;
  }

  @Override
  OpOperand firstUse(Value value) {
    return value.firstUse;
  }

  @Override
  void setFirstUse(Value value, OpOperand use) {
    value.firstUse = use;
  }

  @Override
  OpOperand self() {
    return this;
  }
}
