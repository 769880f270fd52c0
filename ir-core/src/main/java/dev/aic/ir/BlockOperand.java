package dev.aic.ir;

/**
 * One successor slot of a terminator, and one entry on the target block's intrusive list of
 * predecessor uses.
 */
public final class BlockOperand {
  private final Operation owner;
  private final int index;
  private Block block;
  BlockOperand prevUse;
  BlockOperand nextUse;

  BlockOperand(Operation owner, int index, Block block) {
    this.owner = owner;
    this.index = index;
    link(block);
  }

  /** The terminator this successor belongs to. */
  public Operation owner() {
    return owner;
  }

  /** The position among the owner's successors. */
  public int index() {
    return index;
  }

  /** The successor block. */
  public Block get() {
    return block;
  }

  /** Branches to {@code newBlock} instead. */
  public void set(Block newBlock) {
    if (newBlock == block) {
      return;
    }
    unlink();
    link(newBlock);
  }

  void drop() {
    unlink();
  }

  private void link(Block newBlock) {
    if (newBlock == null) {
      throw new IllegalArgumentException("null successor of " + owner.name());
    }
    block = newBlock;
    prevUse = null;
    nextUse = newBlock.firstUse;
    if (nextUse != null) {
      nextUse.prevUse = this;
    }
    newBlock.firstUse = this;
  }

  private void unlink() {
    if (block == null) {
      return;
    }
    if (prevUse != null) {
      prevUse.nextUse = nextUse;
    } else {
      block.firstUse = nextUse;
    }
    if (nextUse != null) {
      nextUse.prevUse = prevUse;
    }
    prevUse = null;
    nextUse = null;
    block = null;
  }
}
