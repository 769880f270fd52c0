package dev.aic.ir;

/**
 * A slot of an operation that refers to something with a use list: an operand refers to a value, a
 * successor to a block. The slot is itself the entry on the target's intrusive, doubly linked use
 * list, so linking, unlinking and redirecting cost O(1).
 *
 * @param <T> what the slot refers to
 * @param <S> the slot class itself
 */
abstract sealed class IrOperand<T, S extends IrOperand<T, S>> permits OpOperand, BlockOperand {
  private final Operation owner;
  private T target;
  S prevUse;
  S nextUse;

  IrOperand(Operation owner, T target) {
    this.owner = owner;
    link(target);
  }

  /** The first use on {@code target}'s list, or {@code null}. */
  abstract S firstUse(T target);

  /** Makes {@code use} the first on {@code target}'s list. */
  abstract void setFirstUse(T target, S use);

  /** This slot as its own class. */
  abstract S self();

  /** The operation this slot belongs to. */
  public final Operation owner() {
    return owner;
  }

  /** What the slot refers to. */
  public final T get() {
    return target;
  }

  /** Refers to {@code newTarget} instead. */
  public final void set(T newTarget) {
    if (newTarget == target) {
      return;
    }
    unlink();
    link(newTarget);
  }

  /** Removes this use from its target's list, leaving the slot empty. */
  final void drop() {
    unlink();
  }

  private void link(T newTarget) {
    if (newTarget == null) {
      throw new IllegalArgumentException("null operand or successor of " + owner.name());
    }
    target = newTarget;
    prevUse = null;
    nextUse = firstUse(newTarget);
    if (nextUse != null) {
      nextUse.prevUse = self();
    }
    setFirstUse(newTarget, self());
  }

  private void unlink() {
    if (target == null) {
      return;
    }
    if (prevUse != null) {
      prevUse.nextUse = nextUse;
    } else {
      setFirstUse(target, nextUse);
    }
    if (nextUse != null) {
      nextUse.prevUse = prevUse;
    }
    prevUse = null;
    nextUse = null;
    target = null;
  }
}
