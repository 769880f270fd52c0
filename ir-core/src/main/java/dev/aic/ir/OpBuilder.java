package dev.aic.ir;

import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Creates operations and blocks at an insertion point, telling an optional {@link Listener} about
 * each insertion, so that rewrite drivers see every new op.
 */
public class OpBuilder {
  /** Hears about ops and blocks that a builder inserts. */
  public interface Listener {
    /** An op was inserted (created, cloned or moved in through the builder). */
    default void notifyOperationInserted(Operation op) {}

    /** A block was inserted. */
    default void notifyBlockInserted(Block block) {}
  }

  /**
   * A place to insert: before {@code anchor} in {@code block}, or at the end of {@code block} when
   * {@code anchor} is {@code null}. An unset point has a {@code null} block.
   *
   * @param block the block, or {@code null} when unset
   * @param anchor the op to insert before, or {@code null} for the end
   */
  public record InsertionPoint(Block block, Operation anchor) {
    /** No insertion point. */
    public static final InsertionPoint UNSET = new InsertionPoint(null, null);

    /** Whether the point is set. */
    public boolean isSet() {
      return block != null;
    }
  }

  private final Context context;
  private Listener listener;
  private InsertionPoint point = InsertionPoint.UNSET;

  /** A builder without an insertion point or listener. */
  public OpBuilder(Context context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /** A builder that inserts at the end of {@code block}. */
  public static OpBuilder atBlockEnd(Context context, Block block) {
    OpBuilder builder = new OpBuilder(context);
    builder.setInsertionPointToEnd(block);
    return builder;
  }

  /** A builder that inserts before {@code op}. */
  public static OpBuilder before(Operation op) {
    OpBuilder builder = new OpBuilder(op.context());
    builder.setInsertionPoint(op);
    return builder;
  }

  /** The context. */
  public Context context() {
    return context;
  }

  /** The listener, or {@code null}. */
  public Listener listener() {
    return listener;
  }

  /** Sets the listener, or removes it with {@code null}. */
  public void setListener(Listener listener) {
    this.listener = listener;
  }

  // ---- insertion point ------------------------------------------------------------------------

  /** The current insertion point, to restore later with {@link #restoreInsertionPoint}. */
  public InsertionPoint saveInsertionPoint() {
    return point;
  }

  /** Restores a saved insertion point. */
  public void restoreInsertionPoint(InsertionPoint saved) {
    point = saved;
  }

  /** Inserts before {@code op} from now on. */
  public void setInsertionPoint(Operation op) {
    point = new InsertionPoint(op.parentBlock(), op);
  }

  /** Inserts after {@code op} from now on. */
  public void setInsertionPointAfter(Operation op) {
    point = new InsertionPoint(op.parentBlock(), op.next());
  }

  /** Inserts after the op defining {@code value}, or at the start of its block for arguments. */
  public void setInsertionPointAfterValue(Value value) {
    Operation definingOp = value.definingOp();
    if (definingOp == null) {
      setInsertionPointToStart(value.parentBlock());
    } else {
      setInsertionPointAfter(definingOp);
    }
  }

  /** Inserts at the start of {@code block} from now on. */
  public void setInsertionPointToStart(Block block) {
    point = new InsertionPoint(block, block.firstOp());
  }

  /** Inserts at the end of {@code block} from now on. */
  public void setInsertionPointToEnd(Block block) {
    point = new InsertionPoint(block, null);
  }

  /** Forgets the insertion point; {@link #create} then leaves ops detached. */
  public void clearInsertionPoint() {
    point = InsertionPoint.UNSET;
  }

  /** The block of the insertion point, or {@code null}. */
  public Block insertionBlock() {
    return point.block();
  }

  // ---- creation -------------------------------------------------------------------------------

  /** Inserts a detached op at the insertion point and returns it. */
  public Operation insert(Operation op) {
    if (point.isSet()) {
      point.block().insertBefore(point.anchor(), op);
      if (listener != null) {
        listener.notifyOperationInserted(op);
      }
    }
    return op;
  }

  /** Creates an op from {@code state} and inserts it. */
  public Operation create(OperationState state) {
    return insert(Operation.create(state));
  }

  /** Starts a state for op {@code name} at {@code location}. */
  public OperationState state(Location location, String name) {
    return new OperationState(context, location, name);
  }

  /**
   * Clones {@code op} with {@code mapping} and inserts the copy. As in MLIR, the listener hears of
   * the copy, then of every block in it, then of every op nested in it in pre-order.
   */
  public Operation clone(Operation op, IRMapping mapping) {
    Operation copy = insert(op.clone(mapping));
    if (listener != null && point.isSet()) {
      List<Operation> nested = new ArrayList<>();
      copy.walk(
          WalkOrder.PRE_ORDER,
          o -> {
            for (Region region : o.regions()) {
              region.blocks().forEach(listener::notifyBlockInserted);
            }
            if (o != copy) {
              nested.add(o);
            }
            return WalkResult.ADVANCE;
          });
      nested.forEach(listener::notifyOperationInserted);
    }
    return copy;
  }

  /**
   * Creates a block with arguments of {@code types} at {@code locations}, inserts it before {@code
   * anchor} in {@code region} (at the end when {@code anchor} is {@code null}) and moves the
   * insertion point to its end.
   */
  public Block createBlock(
      Region region, Block anchor, List<? extends Type> types, List<? extends Location> locations) {
    if (types.size() != locations.size()) {
      throw new IllegalArgumentException("one location per argument type is needed");
    }
    Block block = new Block();
    for (int i = 0; i < types.size(); i++) {
      block.addArgument(types.get(i), locations.get(i));
    }
    region.insertBefore(anchor, block);
    if (listener != null) {
      listener.notifyBlockInserted(block);
    }
    setInsertionPointToEnd(block);
    return block;
  }

  /** Creates an argument-less block at the end of {@code region}; see {@link #createBlock}. */
  public Block createBlock(Region region) {
    return createBlock(region, null, List.of(), List.of());
  }
}
