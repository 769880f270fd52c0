package dev.aic.ir;

import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;

/** A value defined as the {@link #index()}-th result of an operation. */
public final class OpResult extends Value {
  private final Operation owner;
  private final int index;

  OpResult(Operation owner, int index, Type type) {
    super(type);
    this.owner = owner;
    this.index = index;
  }

  /** The operation that defines this result. */
  public Operation owner() {
    return owner;
  }

  /** The position among the owner's results. */
  public int index() {
    return index;
  }

  @Override
  public Operation definingOp() {
    return owner;
  }

  @Override
  public Block parentBlock() {
    return owner.parentBlock();
  }

  @Override
  public Location location() {
    return owner.location();
  }

  @Override
  public Context context() {
    return owner.context();
  }

  @Override
  public String toString() {
    return "result #" + index + " of " + owner.name();
  }
}
