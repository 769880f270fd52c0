package dev.aic.ir;

/**
 * One operand slot of an operation, and one entry on the used value's intrusive use list.
 * Redirecting it with {@link #set} unlinks it from the old value and links it to the new one in
 * O(1).
 */
public final class OpOperand {
  private final Operation owner;
  int index;
  private Value value;
  OpOperand prevUse;
  OpOperand nextUse;

  OpOperand(Operation owner, int index, Value value) {
    this.owner = owner;
    this.index = index;
    link(value);
  }

  /** The operation this operand belongs to. */
  public Operation owner() {
    return owner;
  }

  /** The position among the owner's operands. */
  public int index() {
    return index;
  }

  /** The value used. */
  public Value get() {
    return value;
  }

  /** Uses {@code newValue} instead of the current value. */
  public void set(Value newValue) {
    if (newValue == value) {
      return;
    }
    unlink();
    link(newValue);
  }

  /** Removes this use from its value's use list, leaving the slot empty. */
  void drop() {
    unlink();
  }

  private void link(Value newValue) {
    if (newValue == null) {
      throw new IllegalArgumentException("null operand of " + owner.name());
    }
    value = newValue;
    prevUse = null;
    nextUse = newValue.firstUse;
    if (nextUse != null) {
      nextUse.prevUse = this;
    }
    newValue.firstUse = this;
  }

  private void unlink() {
    if (value == null) {
      return;
    }
    if (prevUse != null) {
      prevUse.nextUse = nextUse;
    } else {
      value.firstUse = nextUse;
    }
    if (nextUse != null) {
      nextUse.prevUse = prevUse;
    }
    prevUse = null;
    nextUse = null;
    value = null;
  }
}
