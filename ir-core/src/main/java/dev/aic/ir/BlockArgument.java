package dev.aic.ir;

import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.util.Objects;

/** A value defined as an argument of a block (for entry blocks, of the region). */
public final class BlockArgument extends Value {
  private final Block owner;
  int index;
  private Location location;

  BlockArgument(Block owner, int index, Type type, Location location) {
    super(type);
    this.owner = owner;
    this.index = index;
    this.location = Objects.requireNonNull(location, "location");
  }

  /** The block whose argument this is. */
  public Block owner() {
    return owner;
  }

  /** The position among the block's arguments. */
  public int index() {
    return index;
  }

  @Override
  public Operation definingOp() {
    return null;
  }

  @Override
  public Block parentBlock() {
    return owner;
  }

  @Override
  public Location location() {
    return location;
  }

  /** Changes the location. */
  public void setLocation(Location location) {
    this.location = Objects.requireNonNull(location, "location");
  }

  @Override
  public Context context() {
    Operation parentOp = owner.parentOp();
    if (parentOp == null) {
      throw new IllegalStateException("the context of an argument of a detached block is unknown");
    }
    return parentOp.context();
  }

  @Override
  public String toString() {
    return "argument #" + index + " of a block";
  }
}
