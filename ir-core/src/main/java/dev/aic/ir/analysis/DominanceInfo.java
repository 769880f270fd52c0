package dev.aic.ir.analysis;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.iface.RegionKindInterface;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Dominance over the regions nested in an op, with MLIR's rules: inside a block, order decides;
 * across blocks of an SSACFG region, the region's dominator tree decides; in a graph region every
 * op of the block dominates every other; an op nested in a region is dominated through the op that
 * holds the region. Dominator trees are built lazily, once per region.
 */
public final class DominanceInfo {
  private final Map<Region, DominatorTree> trees = new IdentityHashMap<>();

  /** Whether block {@code a} dominates block {@code b}, both in the same region. */
  public boolean dominates(Block a, Block b) {
    if (a == b) {
      return true;
    }
    Region region = a.parent();
    if (region == null || region != b.parent()) {
      return false;
    }
    return tree(region).dominates(a, b);
  }

  /** Whether block {@code a} dominates block {@code b} and differs from it. */
  public boolean properlyDominates(Block a, Block b) {
    return a != b && dominates(a, b);
  }

  /** Whether {@code block} is reachable from its region's entry block. */
  public boolean isReachableFromEntry(Block block) {
    Region region = block.parent();
    // The entry block needs no tree: most regions have only that one (loop bodies, say).
    return region == null || block.isEntryBlock() || tree(region).isReachable(block);
  }

  /** The immediate dominator of {@code block} in its region, or {@code null}. */
  public Block immediateDominator(Block block) {
    Region region = block.parent();
    return region == null ? null : tree(region).immediateDominator(block);
  }

  /**
   * Whether op {@code a} properly dominates op {@code b}: {@code a} comes first in the same block,
   * or {@code a}'s block dominates the block of the op that encloses {@code b} in {@code a}'s
   * region. An op does not properly dominate itself nor the ops nested in it.
   */
  public boolean properlyDominates(Operation a, Operation b) {
    return properlyDominates(a, b, false);
  }

  /** Whether {@code a} dominates {@code b}: it is {@code b} or properly dominates it. */
  public boolean dominates(Operation a, Operation b) {
    return a == b || properlyDominates(a, b);
  }

  /**
   * Whether {@code value} is available to {@code user}: a block argument dominates everything its
   * block dominates; a result is available where its op properly dominates, never inside its own
   * op's regions.
   */
  public boolean properlyDominates(Value value, Operation user) {
    if (value instanceof BlockArgument argument) {
      Block owner = argument.owner();
      if (owner.parent() == null) {
        return owner.findAncestorOpInBlock(user) != null;
      }
      Operation ancestor = ancestorIn(owner.parent(), user);
      return ancestor != null && dominates(owner, ancestor.parentBlock());
    }
    return properlyDominates(value.definingOp(), user, false);
  }

  private boolean properlyDominates(Operation a, Operation b, boolean enclosingOk) {
    Block aBlock = a.parentBlock();
    if (aBlock == null) {
      return false;
    }
    Region aRegion = aBlock.parent();
    Operation ancestor = aRegion == null ? aBlock.findAncestorOpInBlock(b) : ancestorIn(aRegion, b);
    if (ancestor == null) {
      return false;
    }
    if (ancestor == a) {
      return enclosingOk && a != b;
    }
    Block bBlock = ancestor.parentBlock();
    if (bBlock == aBlock) {
      if (aRegion != null && !RegionKindInterface.hasSsaDominance(aRegion)) {
        return true;
      }
      return a.isBeforeInBlock(ancestor);
    }
    return dominates(aBlock, bBlock);
  }

  private static Operation ancestorIn(Region region, Operation op) {
    for (Operation current = op; current != null; current = current.parentOp()) {
      if (current.parentRegion() == region) {
        return current;
      }
    }
    return null;
  }

  private DominatorTree tree(Region region) {
    DominatorTree tree = trees.get(region);
    if (tree == null) {
      tree = new DominatorTree(region);
      trees.put(region, tree);
    }
    return tree;
  }
}
