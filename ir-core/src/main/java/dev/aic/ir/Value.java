package dev.aic.ir;

import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An SSA value: the result of an operation or an argument of a block. Every use of a value is an
 * {@link OpOperand} on the value's intrusive use list, so adding, removing and redirecting a use
 * costs O(1).
 */
public abstract sealed class Value permits OpResult, BlockArgument {
  private Type type;
  OpOperand firstUse;
  private final int serial = ValueSerials.next();

  Value(Type type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /**
   * A number given when the value was made, counting up on the thread that made it: values made
   * together have numbers close together, so that a printer can index arrays by the number instead
   * of hashing a million values (docs/perf.md). Numbers are not unique: they wrap around after 2^32
   * values, so a user must check that the value it finds is the one it looked for.
   */
  public final int serial() {
    return serial;
  }

  /** The type. */
  public final Type type() {
    return type;
  }

  /** Changes the type; the caller keeps the IR valid. */
  public final void setType(Type type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The operation that defines this value, or {@code null} for a block argument. */
  public abstract Operation definingOp();

  /** The block this value is defined in (the owner of an argument, or the block of the op). */
  public abstract Block parentBlock();

  /** The region this value is defined in, or {@code null} if its block is detached. */
  public final Region parentRegion() {
    Block block = parentBlock();
    return block == null ? null : block.parent();
  }

  /** Where the value comes from: its argument location or its defining op's location. */
  public abstract Location location();

  /** The context of the value. */
  public abstract Context context();

  /** The uses, newest first; the iteration tolerates removal of the current use. */
  public final Iterable<OpOperand> uses() {
    return EarlyIncrementRange.uses(firstUse);
  }

  /** The operations that use this value, once per use. */
  public final List<Operation> users() {
    List<Operation> users = new ArrayList<>();
    for (OpOperand use = firstUse; use != null; use = use.nextUse) {
      users.add(use.owner());
    }
    return users;
  }

  /** Whether nothing uses this value. */
  public final boolean hasNoUses() {
    return firstUse == null;
  }

  /** Whether exactly one operand uses this value. */
  public final boolean hasOneUse() {
    return firstUse != null && firstUse.nextUse == null;
  }

  /** The number of uses; O(uses). */
  public final int numUses() {
    int count = 0;
    for (OpOperand use = firstUse; use != null; use = use.nextUse) {
      count++;
    }
    return count;
  }

  /** Makes every use of this value use {@code replacement} instead. */
  public final void replaceAllUsesWith(Value replacement) {
    replaceUsesWithIf(replacement, use -> true);
  }

  /** Replaces every use except those owned by {@code exempt}. */
  public final void replaceAllUsesExcept(Value replacement, Operation exempt) {
    replaceUsesWithIf(replacement, use -> use.owner() != exempt);
  }

  /** Replaces the uses that {@code filter} selects. */
  public final void replaceUsesWithIf(Value replacement, Predicate<OpOperand> filter) {
    if (replacement == this) {
      return;
    }
    for (OpOperand use : uses()) {
      if (filter.test(use)) {
        use.set(replacement);
      }
    }
  }

  /** Whether this value is used by an op that is neither {@code op} nor nested in it. */
  public final boolean isUsedOutsideOf(Operation op) {
    for (OpOperand use = firstUse; use != null; use = use.nextUse) {
      if (!op.isAncestor(use.owner())) {
        return true;
      }
    }
    return false;
  }
}
