package dev.aic.ir;

/**
 * One successor slot of a terminator, and one entry on the target block's intrusive list of
 * predecessor uses.
 */
public final class BlockOperand extends IrOperand<Block, BlockOperand> {
  private final int index;

  BlockOperand(Operation owner, int index, Block block) {
    super(owner, block);
    this.index = index;
  }

  /** The position among the owner's successors. */
  public int index() {
    return index;
  }

  @Override
  BlockOperand firstUse(Block block) {
    return block.firstUse;
  }

  @Override
  void setFirstUse(Block block, BlockOperand use) {
    block.firstUse = use;
  }

  @Override
  BlockOperand self() {
    return this;
  }
}
