package dev.aic.ir;

import java.util.ArrayList;
import java.util.List;

/** An ordered, intrusive list of blocks held by an operation. */
public final class Region {
  private final Operation parentOp;
  private Block first;
  private Block last;
  private int size;

  Region(Operation parentOp) {
    this.parentOp = parentOp;
  }

  /** A detached region, to fill and pass to {@link OperationState#addRegion(Region)}. */
  public Region() {
    this(null);
  }

  /** The op holding this region, or {@code null} for a detached region. */
  public Operation parentOp() {
    return parentOp;
  }

  /** The position of this region among its op's regions. */
  public int index() {
    return parentOp.regions().indexOf(this);
  }

  /** The blocks in order; tolerant to erasing or moving the current block. */
  public Iterable<Block> blocks() {
    return EarlyIncrementRange.blocks(first);
  }

  /** A snapshot of the blocks. */
  public List<Block> blockList() {
    List<Block> blocks = new ArrayList<>(size);
    for (Block b = first; b != null; b = b.next) {
      blocks.add(b);
    }
    return blocks;
  }

  /** The entry block, or {@code null} if empty. */
  public Block firstBlock() {
    return first;
  }

  /** The last block, or {@code null} if empty. */
  public Block lastBlock() {
    return last;
  }

  /** The number of blocks. */
  public int size() {
    return size;
  }

  /** Whether the region has no blocks. */
  public boolean isEmpty() {
    return first == null;
  }

  /** Whether the region has exactly one block. */
  public boolean hasOneBlock() {
    return first != null && first == last;
  }

  /** Appends a detached block. */
  public void append(Block block) {
    insertBefore(null, block);
  }

  /** Inserts a detached block after {@code anchor}. */
  public void insertAfter(Block anchor, Block block) {
    insertBefore(anchor.next, block);
  }

  /** Inserts a detached block before {@code anchor}, or at the end when it is {@code null}. */
  public void insertBefore(Block anchor, Block block) {
    if (block.parent != null) {
      throw new IllegalStateException("the block is already in a region");
    }
    if (anchor != null && anchor.parent != this) {
      throw new IllegalArgumentException("the anchor block is not in this region");
    }
    Block before = anchor == null ? last : anchor.prev;
    block.parent = this;
    block.prev = before;
    block.next = anchor;
    if (before == null) {
      first = block;
    } else {
      before.next = block;
    }
    if (anchor == null) {
      last = block;
    } else {
      anchor.prev = block;
    }
    size++;
  }

  void unlink(Block block) {
    if (block.prev == null) {
      first = block.next;
    } else {
      block.prev.next = block.next;
    }
    if (block.next == null) {
      last = block.prev;
    } else {
      block.next.prev = block.prev;
    }
    block.parent = null;
    block.prev = null;
    block.next = null;
    size--;
  }

  /** Moves all blocks of this region, in order, to the end of {@code dest}. */
  public void takeBody(Region dest) {
    for (Block block = first; block != null; ) {
      Block following = block.next;
      unlink(block);
      dest.append(block);
      block = following;
    }
  }

  /** Whether this region is {@code other} or contains it, at any depth. */
  public boolean isAncestor(Region other) {
    for (Region r = other; r != null; ) {
      if (r == this) {
        return true;
      }
      Operation op = r.parentOp;
      r = op == null ? null : op.parentRegion();
    }
    return false;
  }

  /** Drops the uses made by every op in this region. */
  public void dropAllReferences() {
    for (Block b = first; b != null; b = b.next) {
      b.dropAllReferences();
    }
  }

  /**
   * Appends copies of this region's blocks to {@code dest}, mapping blocks, arguments, ops and
   * results in {@code mapping}. Operands that refer to values defined later in the region (as graph
   * regions and unordered blocks allow) are remapped once every op is copied.
   */
  public void cloneInto(Region dest, IRMapping mapping) {
    List<Block> copies = new ArrayList<>(size);
    for (Block block = first; block != null; block = block.next) {
      Block copy = new Block();
      for (BlockArgument argument : block.arguments()) {
        mapping.map(argument, copy.addArgument(argument.type(), argument.location()));
      }
      mapping.map(block, copy);
      copies.add(copy);
    }
    int i = 0;
    for (Block block = first; block != null; block = block.next) {
      Block copy = copies.get(i++);
      for (Operation op = block.firstOp(); op != null; op = op.next) {
        copy.append(op.clone(mapping));
      }
      dest.append(copy);
    }
    for (Block copy : copies) {
      for (Operation op : copy.operations()) {
        op.walk(nested -> remapForwardReferences(nested, mapping));
      }
    }
  }

  private static void remapForwardReferences(Operation op, IRMapping mapping) {
    for (OpOperand operand : op.opOperands()) {
      Value mapped = mapping.lookupOrNull(operand.get());
      if (mapped != null) {
        operand.set(mapped);
      }
    }
    for (BlockOperand successor : op.blockOperands()) {
      successor.set(mapping.lookupOrDefault(successor.get()));
    }
  }
}
