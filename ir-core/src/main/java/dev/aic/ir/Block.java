package dev.aic.ir;

import dev.aic.ir.loc.Location;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A basic block: arguments and an intrusive list of operations, held by a region. Iterating its
 * operations reads the next op before handing out the current one, so the current op may be erased
 * or moved during iteration.
 */
public final class Block {
  /** Gap left between consecutive order indices so most insertions need no renumbering. */
  private static final long ORDER_STRIDE = 1 << 10;

  private final List<BlockArgument> arguments = new ArrayList<>();
  private Operation first;
  private Operation last;
  private int size;
  private boolean orderValid = true;

  Region parent;
  Block prev;
  Block next;
  BlockOperand firstUse;

  /** A detached, empty block. */
  public Block() {}

  // ---- arguments ------------------------------------------------------------------------------

  /** The arguments. */
  public List<BlockArgument> arguments() {
    return Collections.unmodifiableList(arguments);
  }

  /** The {@code index}-th argument. */
  public BlockArgument argument(int index) {
    return arguments.get(index);
  }

  /** The number of arguments. */
  public int numArguments() {
    return arguments.size();
  }

  /** The argument types. */
  public List<Type> argumentTypes() {
    List<Type> types = new ArrayList<>(arguments.size());
    for (BlockArgument argument : arguments) {
      types.add(argument.type());
    }
    return Collections.unmodifiableList(types);
  }

  /** Appends an argument. */
  public BlockArgument addArgument(Type type, Location location) {
    return insertArgument(arguments.size(), type, location);
  }

  /** Inserts an argument before position {@code index}. */
  public BlockArgument insertArgument(int index, Type type, Location location) {
    BlockArgument argument = new BlockArgument(this, index, type, location);
    arguments.add(index, argument);
    renumberArguments(index + 1);
    return argument;
  }

  /** Erases an unused argument. */
  public void eraseArgument(int index) {
    if (!arguments.get(index).hasNoUses()) {
      throw new IllegalStateException("erasing a block argument that still has uses");
    }
    arguments.remove(index);
    renumberArguments(index);
  }

  private void renumberArguments(int from) {
    for (int i = from; i < arguments.size(); i++) {
      arguments.get(i).index = i;
    }
  }

  // ---- operations -----------------------------------------------------------------------------

  /** The operations in order; tolerant to erasing or moving the current op. */
  public Iterable<Operation> operations() {
    return EarlyIncrementRange.ops(first);
  }

  /** The operations in reverse order; tolerant to erasing or moving the current op. */
  public Iterable<Operation> operationsReversed() {
    return EarlyIncrementRange.opsReversed(last);
  }

  /** A snapshot of the operations, for callers that restructure the block while iterating. */
  public List<Operation> operationList() {
    List<Operation> ops = new ArrayList<>(size);
    for (Operation op = first; op != null; op = op.next) {
      ops.add(op);
    }
    return ops;
  }

  /** The first operation, or {@code null} if empty. */
  public Operation firstOp() {
    return first;
  }

  /** The last operation, or {@code null} if empty. */
  public Operation lastOp() {
    return last;
  }

  /** The number of operations; O(1). */
  public int size() {
    return size;
  }

  /** Whether the block has no operations. */
  public boolean isEmpty() {
    return first == null;
  }

  /**
   * The last op if it is a terminator: a registered op with the {@code IsTerminator} trait, or an
   * unregistered op, which may be one. {@code null} otherwise.
   */
  public Operation terminator() {
    if (last == null) {
      return null;
    }
    return !last.isRegistered() || last.hasTrait(IsTerminator.class) ? last : null;
  }

  /** Appends {@code op}, which must be detached. */
  public void append(Operation op) {
    linkBefore(op, null);
  }

  /** Prepends {@code op}, which must be detached. */
  public void prepend(Operation op) {
    linkBefore(op, first);
  }

  /** Inserts detached {@code op} before {@code anchor}, or at the end when it is {@code null}. */
  public void insertBefore(Operation anchor, Operation op) {
    linkBefore(op, anchor);
  }

  void linkAfter(Operation op, Operation anchor) {
    linkBefore(op, anchor.next);
  }

  void linkBefore(Operation op, Operation anchor) {
    if (op.parent != null) {
      throw new IllegalStateException(op.name() + " is already in a block");
    }
    if (anchor != null && anchor.parent != this) {
      throw new IllegalArgumentException("the anchor op is not in this block");
    }
    Operation before = anchor == null ? last : anchor.prev;
    op.parent = this;
    op.prev = before;
    op.next = anchor;
    if (before == null) {
      first = op;
    } else {
      before.next = op;
    }
    if (anchor == null) {
      last = op;
    } else {
      anchor.prev = op;
    }
    size++;
    assignOrder(op);
  }

  void unlink(Operation op) {
    if (op.prev == null) {
      first = op.next;
    } else {
      op.prev.next = op.next;
    }
    if (op.next == null) {
      last = op.prev;
    } else {
      op.next.prev = op.prev;
    }
    op.parent = null;
    op.prev = null;
    op.next = null;
    size--;
  }

  /** Gives a newly linked op an index between its neighbours', or marks the order stale. */
  private void assignOrder(Operation op) {
    if (!orderValid) {
      return;
    }
    long low = op.prev == null ? 0 : op.prev.orderIndex;
    if (op.next == null) {
      op.orderIndex = low + ORDER_STRIDE;
    } else if (op.next.orderIndex - low > 1) {
      op.orderIndex = low + (op.next.orderIndex - low) / 2;
    } else {
      orderValid = false;
    }
  }

  void ensureOrder() {
    if (orderValid) {
      return;
    }
    long index = 0;
    for (Operation op = first; op != null; op = op.next) {
      index += ORDER_STRIDE;
      op.orderIndex = index;
    }
    orderValid = true;
  }

  // ---- position and CFG -----------------------------------------------------------------------

  /** The region holding this block, or {@code null} if detached. */
  public Region parent() {
    return parent;
  }

  /** The op whose region holds this block, or {@code null}. */
  public Operation parentOp() {
    return parent == null ? null : parent.parentOp();
  }

  /** The next block in the region, or {@code null}. */
  public Block next() {
    return next;
  }

  /** The previous block in the region, or {@code null}. */
  public Block prev() {
    return prev;
  }

  /** Whether this is the first block of its region. */
  public boolean isEntryBlock() {
    return parent != null && parent.firstBlock() == this;
  }

  /** The successors of this block's terminator; empty if it has none. */
  public List<Block> successors() {
    return last == null ? List.of() : last.successors();
  }

  /** The blocks whose terminators branch here, once per branch edge. */
  public List<Block> predecessors() {
    List<Block> predecessors = new ArrayList<>();
    for (BlockOperand use = firstUse; use != null; use = use.nextUse) {
      predecessors.add(use.owner().parentBlock());
    }
    return predecessors;
  }

  /** The successor slots that target this block. */
  public List<BlockOperand> uses() {
    List<BlockOperand> uses = new ArrayList<>();
    for (BlockOperand use = firstUse; use != null; use = use.nextUse) {
      uses.add(use);
    }
    return uses;
  }

  /** Whether no terminator branches here. */
  public boolean hasNoPredecessors() {
    return firstUse == null;
  }

  /**
   * Splits the block before {@code op}: {@code op} and everything after it move, in order, to a new
   * block inserted right after this one, which is returned. The new block has no arguments.
   */
  public Block splitBefore(Operation op) {
    if (op.parent != this) {
      throw new IllegalArgumentException("the op is not in this block");
    }
    Block tail = new Block();
    if (parent != null) {
      parent.insertAfter(this, tail);
    }
    for (Operation moved = op; moved != null; ) {
      Operation following = moved.next;
      unlink(moved);
      tail.append(moved);
      moved = following;
    }
    return tail;
  }

  /** Drops the uses made by every op in this block, so they can be erased in any order. */
  public void dropAllReferences() {
    for (Operation op = first; op != null; op = op.next) {
      op.dropAllReferences();
    }
  }

  /**
   * Unlinks the block from its region and drops everything its ops refer to. Its arguments and
   * results may be used only inside the block; otherwise nothing changes and this throws.
   */
  public void erase() {
    for (BlockArgument argument : arguments) {
      if (isUsedOutside(argument)) {
        throw new IllegalStateException("erasing a block whose argument is still in use");
      }
    }
    for (Operation op = first; op != null; op = op.next) {
      for (OpResult result : op.results()) {
        if (isUsedOutside(result)) {
          throw new IllegalStateException("erasing a block whose op " + op.name() + " is in use");
        }
      }
    }
    if (parent != null) {
      parent.unlink(this);
    }
    dropAllReferences();
  }

  private boolean isUsedOutside(Value value) {
    for (OpOperand use : value.uses()) {
      if (findAncestorOpInBlock(use.owner()) == null) {
        return true;
      }
    }
    return false;
  }

  /** The op of this block that is {@code op} or contains it, or {@code null} if there is none. */
  public Operation findAncestorOpInBlock(Operation op) {
    for (Operation candidate = op; candidate != null; candidate = candidate.parentOp()) {
      if (candidate.parent == this) {
        return candidate;
      }
    }
    return null;
  }
}
