package dev.aic.ir.analysis;

import dev.aic.ir.Block;
import dev.aic.ir.Region;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The dominator tree of one region's CFG, built with the Cooper–Harvey–Kennedy iterative algorithm
 * over a reverse post-order, then numbered in and out by a walk of the tree so that each dominance
 * query costs O(1).
 */
final class DominatorTree {
  private final Map<Block, Integer> rpoIndex = new IdentityHashMap<>();
  private final List<Block> rpo = new ArrayList<>();
  private int[] idom;
  private int[] enter;
  private int[] exit;

  DominatorTree(Region region) {
    Block entry = region.firstBlock();
    if (entry == null) {
      return;
    }
    computeReversePostOrder(entry);
    computeImmediateDominators();
    numberTree();
  }

  /** Whether {@code block} can be reached from the region's entry. */
  boolean isReachable(Block block) {
    return rpoIndex.containsKey(block);
  }

  /** The immediate dominator, or {@code null} for the entry and unreachable blocks. */
  Block immediateDominator(Block block) {
    Integer index = rpoIndex.get(block);
    if (index == null || index == 0) {
      return null;
    }
    return rpo.get(idom[index]);
  }

  /**
   * Whether {@code a} dominates {@code b}, both in this region. As in LLVM, an unreachable block is
   * dominated by every block, and dominates only itself.
   */
  boolean dominates(Block a, Block b) {
    if (a == b) {
      return true;
    }
    Integer ib = rpoIndex.get(b);
    if (ib == null) {
      return true;
    }
    Integer ia = rpoIndex.get(a);
    if (ia == null) {
      return false;
    }
    return enter[ia] <= enter[ib] && exit[ib] <= exit[ia];
  }

  private void computeReversePostOrder(Block entry) {
    Map<Block, Boolean> visited = new IdentityHashMap<>();
    List<Block> postOrder = new ArrayList<>();
    Deque<Block> blocks = new ArrayDeque<>();
    Deque<Iterator<Block>> successors = new ArrayDeque<>();
    visited.put(entry, true);
    blocks.push(entry);
    successors.push(entry.successors().iterator());
    while (!blocks.isEmpty()) {
      Iterator<Block> it = successors.peek();
      if (it.hasNext()) {
        Block next = it.next();
        if (next.parent() == entry.parent() && visited.putIfAbsent(next, true) == null) {
          blocks.push(next);
          successors.push(next.successors().iterator());
        }
      } else {
        postOrder.add(blocks.pop());
        successors.pop();
      }
    }
    for (int i = postOrder.size() - 1; i >= 0; i--) {
      rpoIndex.put(postOrder.get(i), rpo.size());
      rpo.add(postOrder.get(i));
    }
  }

  private void computeImmediateDominators() {
    int n = rpo.size();
    idom = new int[n];
    java.util.Arrays.fill(idom, -1);
    idom[0] = 0;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int b = 1; b < n; b++) {
        int newIdom = -1;
        for (Block pred : rpo.get(b).predecessors()) {
          Integer p = rpoIndex.get(pred);
          if (p == null || idom[p] < 0) {
            continue;
          }
          newIdom = newIdom < 0 ? p : intersect(p, newIdom);
        }
        if (newIdom != idom[b]) {
          idom[b] = newIdom;
          changed = true;
        }
      }
    }
  }

  private int intersect(int a, int b) {
    while (a != b) {
      while (a > b) {
        a = idom[a];
      }
      while (b > a) {
        b = idom[b];
      }
    }
    return a;
  }

  private void numberTree() {
    int n = rpo.size();
    int[] firstChild = new int[n];
    int[] nextSibling = new int[n];
    java.util.Arrays.fill(firstChild, -1);
    java.util.Arrays.fill(nextSibling, -1);
    for (int b = n - 1; b >= 1; b--) {
      nextSibling[b] = firstChild[idom[b]];
      firstChild[idom[b]] = b;
    }
    enter = new int[n];
    exit = new int[n];
    int clock = 0;
    Deque<Integer> stack = new ArrayDeque<>();
    int[] cursor = firstChild.clone();
    stack.push(0);
    enter[0] = clock++;
    while (!stack.isEmpty()) {
      int top = stack.peek();
      int child = cursor[top];
      if (child >= 0) {
        cursor[top] = nextSibling[child];
        enter[child] = clock++;
        stack.push(child);
      } else {
        exit[top] = clock++;
        stack.pop();
      }
    }
  }
}
