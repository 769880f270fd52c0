package dev.aic.ir.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Value;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.type.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Block, op and value dominance over CFGs built with {@code test.br} and {@code test.cond_br}. */
class DominanceInfoTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type t = ir.type("t");

  // ---- helpers --------------------------------------------------------------------------------

  /** A {@code test.op} holding one region of {@code n} blocks, each with one argument. */
  private Operation function(int n) {
    Operation function = ir.op("test.op", List.of(), List.of(), 1);
    for (int i = 0; i < n; i++) {
      ir.block(function.region(0), t);
    }
    return function;
  }

  private static Block block(Operation function, int index) {
    return function.region(0).blockList().get(index);
  }

  /**
   * Ends {@code from} with a branch to {@code to}: {@code test.return} for none, {@code test.br}
   * for one, {@code test.cond_br} for two, a generic {@code test.op} for more.
   */
  private Operation branch(Block from, Block... to) {
    String name =
        switch (to.length) {
          case 0 -> "test.return";
          case 1 -> "test.br";
          case 2 -> "test.cond_br";
          default -> "test.op";
        };
    OperationState state = new OperationState(context, ir.nextLoc(), name);
    for (Block target : to) {
      state.addSuccessor(target);
    }
    Operation op = Operation.create(state);
    from.append(op);
    return op;
  }

  /** A {@code test.op} with one result, placed before {@code block}'s terminator if it has one. */
  private Operation def(Block block, Value... operands) {
    Operation op = ir.op("test.op", List.of(operands), List.of(t), 0);
    insertBeforeTerminator(block, op);
    return op;
  }

  /** A {@code test.op} with one result and one empty block in one region, like {@link #def}. */
  private Operation defWithRegion(Block block, Value... operands) {
    Operation op = ir.op("test.op", List.of(operands), List.of(t), 1);
    ir.block(op.region(0), t);
    insertBeforeTerminator(block, op);
    return op;
  }

  private static void insertBeforeTerminator(Block block, Operation op) {
    Operation last = block.lastOp();
    block.insertBefore(last != null && last.hasTrait(IsTerminator.class) ? last : null, op);
  }

  /** entry -> {left, right} -> merge. */
  private Operation diamond() {
    Operation f = function(4);
    Block entry = block(f, 0);
    Block left = block(f, 1);
    Block right = block(f, 2);
    Block merge = block(f, 3);
    branch(entry, left, right);
    branch(left, merge);
    branch(right, merge);
    branch(merge);
    return f;
  }

  // ---- block dominance ------------------------------------------------------------------------

  @Test
  void diamondEntryDominatesAllButNeitherArmDominatesTheMerge() {
    Operation f = diamond();
    Block entry = block(f, 0);
    Block left = block(f, 1);
    Block right = block(f, 2);
    Block merge = block(f, 3);
    DominanceInfo dom = new DominanceInfo();

    for (Block b : List.of(entry, left, right, merge)) {
      assertTrue(dom.dominates(entry, b), "entry dominates every block");
      assertTrue(dom.dominates(b, b), "dominance is reflexive");
      assertFalse(dom.properlyDominates(b, b), "proper dominance is not");
    }
    assertFalse(dom.dominates(left, merge));
    assertFalse(dom.dominates(right, merge));
    assertFalse(dom.dominates(left, right));
    assertFalse(dom.dominates(merge, left));
    assertFalse(dom.dominates(left, entry));
    assertTrue(dom.properlyDominates(entry, merge));

    assertNull(dom.immediateDominator(entry));
    assertSame(entry, dom.immediateDominator(left));
    assertSame(entry, dom.immediateDominator(right));
    assertSame(entry, dom.immediateDominator(merge));
  }

  @Test
  void loopHeaderDominatesBodyAndExitButTheLatchDominatesNeither() {
    // entry -> header; header -> {body, exit}; body -> header
    Operation f = function(4);
    Block entry = block(f, 0);
    Block header = block(f, 1);
    Block body = block(f, 2);
    Block exit = block(f, 3);
    branch(entry, header);
    branch(header, body, exit);
    branch(body, header);
    branch(exit);
    DominanceInfo dom = new DominanceInfo();

    assertTrue(dom.dominates(header, body));
    assertTrue(dom.dominates(header, exit));
    assertFalse(dom.dominates(body, header), "the back edge does not make the latch dominate");
    assertFalse(dom.dominates(body, exit));
    assertFalse(dom.dominates(exit, body));
    assertSame(entry, dom.immediateDominator(header));
    assertSame(header, dom.immediateDominator(body));
    assertSame(header, dom.immediateDominator(exit));
  }

  @Test
  void nestedLoopsHaveTheExpectedDominatorTree() {
    // entry -> outer; outer -> {inner, exit}; inner -> {innerBody, latch};
    // innerBody -> inner; latch -> outer
    Operation f = function(6);
    Block entry = block(f, 0);
    Block outer = block(f, 1);
    Block inner = block(f, 2);
    Block innerBody = block(f, 3);
    Block latch = block(f, 4);
    Block exit = block(f, 5);
    branch(entry, outer);
    branch(outer, inner, exit);
    branch(inner, innerBody, latch);
    branch(innerBody, inner);
    branch(latch, outer);
    branch(exit);
    DominanceInfo dom = new DominanceInfo();

    assertSame(entry, dom.immediateDominator(outer));
    assertSame(outer, dom.immediateDominator(inner));
    assertSame(inner, dom.immediateDominator(innerBody));
    assertSame(inner, dom.immediateDominator(latch));
    assertSame(outer, dom.immediateDominator(exit));

    for (Block b : List.of(inner, innerBody, latch, exit)) {
      assertTrue(dom.properlyDominates(outer, b));
      assertFalse(dom.dominates(b, outer));
    }
    assertFalse(dom.dominates(inner, exit), "the outer header can exit without the inner loop");
    assertFalse(dom.dominates(innerBody, latch));
    assertFalse(dom.dominates(latch, inner));
  }

  @Test
  void aBackEdgeToTheEntryBlockDoesNotChangeItsDominance() {
    Operation f = function(3);
    Block entry = block(f, 0);
    Block a = block(f, 1);
    Block b = block(f, 2);
    branch(entry, a, b);
    branch(a, entry);
    branch(b, a);
    DominanceInfo dom = new DominanceInfo();

    assertNull(dom.immediateDominator(entry));
    assertSame(entry, dom.immediateDominator(a));
    assertSame(entry, dom.immediateDominator(b));
    assertFalse(dom.dominates(a, entry));
    assertFalse(dom.dominates(b, a));
  }

  @Test
  void unreachableBlocksAreDominatedByEverythingAndDominateOnlyThemselves() {
    // entry -> a -> merge; dead -> merge, dead -> dead2 (neither reachable)
    Operation f = function(5);
    Block entry = block(f, 0);
    Block a = block(f, 1);
    Block merge = block(f, 2);
    Block dead = block(f, 3);
    Block dead2 = block(f, 4);
    branch(entry, a);
    branch(a, merge);
    branch(merge);
    branch(dead, merge, dead2);
    branch(dead2, dead);
    DominanceInfo dom = new DominanceInfo();

    assertFalse(dom.isReachableFromEntry(dead));
    assertFalse(dom.isReachableFromEntry(dead2));
    assertTrue(dom.isReachableFromEntry(merge));
    for (Block b : List.of(entry, a, merge, dead2)) {
      assertTrue(dom.dominates(b, dead), "every block dominates an unreachable one");
    }
    for (Block b : List.of(entry, a, merge)) {
      assertFalse(dom.dominates(dead, b), "an unreachable block dominates no reachable block");
    }
    assertTrue(dom.dominates(dead, dead));
    assertTrue(dom.dominates(dead, dead2), "even unreachable blocks dominate unreachable ones");
    assertNull(dom.immediateDominator(dead));
    assertSame(a, dom.immediateDominator(merge), "edges from unreachable blocks are ignored");
    assertTrue(dom.dominates(a, merge));
  }

  @Test
  void blocksOfDifferentRegionsDoNotDominateEachOther() {
    Operation f = diamond();
    Operation nested = defWithRegion(block(f, 0));
    Block inner = nested.region(0).firstBlock();
    DominanceInfo dom = new DominanceInfo();

    assertFalse(dom.dominates(block(f, 0), inner));
    assertFalse(dom.dominates(inner, block(f, 3)));
  }

  // ---- op and value dominance -----------------------------------------------------------------

  @Test
  void opsInOneBlockAreOrderedAndAnOpDoesNotProperlyDominateItself() {
    Operation f = function(1);
    Block entry = block(f, 0);
    Operation first = def(entry);
    Operation second = def(entry, first.result(0));
    DominanceInfo dom = new DominanceInfo();

    assertTrue(dom.properlyDominates(first, second));
    assertFalse(dom.properlyDominates(second, first));
    assertFalse(dom.properlyDominates(first, first));
    assertTrue(dom.dominates(first, first));
    assertTrue(dom.properlyDominates(first.result(0), second));
    assertFalse(dom.properlyDominates(second.result(0), first), "no use before def in a CFG");
    assertFalse(
        dom.properlyDominates(first.result(0), first), "a result is not available to its op");
  }

  @Test
  void blockArgumentsAndResultsAcrossBlocksFollowBlockDominance() {
    Operation f = diamond();
    Block entry = block(f, 0);
    Block left = block(f, 1);
    Block right = block(f, 2);
    Block merge = block(f, 3);
    Operation inEntry = def(entry);
    Operation inLeft = def(left);
    Operation inRight = def(right);
    Operation inMerge = def(merge);
    DominanceInfo dom = new DominanceInfo();

    BlockArgument entryArg = entry.argument(0);
    BlockArgument leftArg = left.argument(0);
    for (Operation user : List.of(inEntry, inLeft, inRight, inMerge, merge.terminator())) {
      assertTrue(dom.properlyDominates(entryArg, user), "entry arguments reach " + user);
      assertTrue(dom.properlyDominates(inEntry.result(0), user) || user == inEntry);
    }
    assertTrue(dom.properlyDominates(leftArg, inLeft), "an argument reaches its block's first op");
    assertTrue(dom.properlyDominates(leftArg, left.terminator()));
    assertFalse(dom.properlyDominates(leftArg, inMerge));
    assertFalse(dom.properlyDominates(leftArg, inRight));
    assertFalse(dom.properlyDominates(inLeft.result(0), inMerge));
    assertFalse(dom.properlyDominates(inLeft.result(0), inRight));
    assertFalse(dom.properlyDominates(inMerge.result(0), inEntry));
    assertTrue(dom.properlyDominates(inEntry, inMerge));
    assertFalse(dom.properlyDominates(inLeft, inMerge));
  }

  @Test
  void valuesOfAnOuterRegionReachUsesInANestedRegionThroughTheEnclosingOp() {
    Operation f = diamond();
    Block entry = block(f, 0);
    Block left = block(f, 1);
    Block merge = block(f, 3);
    Operation early = def(entry);
    Operation holder = defWithRegion(entry);
    Operation late = def(entry);
    Block innerBlock = holder.region(0).firstBlock();
    Operation inner = def(innerBlock);
    Operation inLeft = def(left);
    Operation mergeHolder = defWithRegion(merge);
    Operation innerOfMerge = def(mergeHolder.region(0).firstBlock());
    DominanceInfo dom = new DominanceInfo();

    assertTrue(dom.properlyDominates(early.result(0), inner), "defined before the holder");
    assertTrue(dom.properlyDominates(entry.argument(0), inner));
    assertFalse(dom.properlyDominates(late.result(0), inner), "defined after the holder");
    assertFalse(
        dom.properlyDominates(holder.result(0), inner), "a result is not visible in its own op");
    assertTrue(dom.properlyDominates(early, inner));
    assertFalse(dom.properlyDominates(holder, inner), "an op does not dominate its nested ops");

    assertTrue(dom.properlyDominates(early.result(0), innerOfMerge), "entry dominates merge");
    assertFalse(dom.properlyDominates(inLeft.result(0), innerOfMerge), "left does not");

    BlockArgument innerArg = innerBlock.argument(0);
    assertTrue(dom.properlyDominates(innerArg, inner));
    assertFalse(dom.properlyDominates(innerArg, late), "an inner argument stays inside");
    assertFalse(dom.properlyDominates(inner.result(0), late), "an inner result stays inside");
    assertFalse(dom.properlyDominates(inner, late));
  }

  @Test
  void valuesOfDeeperNestingDoNotReachAnUnrelatedRegion() {
    Operation f = function(1);
    Block entry = block(f, 0);
    Operation a = defWithRegion(entry);
    Operation b = defWithRegion(entry);
    Operation inA = def(a.region(0).firstBlock());
    Operation inB = def(b.region(0).firstBlock());
    DominanceInfo dom = new DominanceInfo();

    assertFalse(dom.properlyDominates(inA.result(0), inB));
    assertFalse(dom.properlyDominates(inA, inB));
    assertTrue(dom.properlyDominates(a.result(0), inB), "a comes before b's region");
  }

  @Test
  void inAGraphRegionUsesMayPrecedeDefinitions() {
    Operation graph = ir.op("test.graph", List.of(), List.of(), 1);
    Block body = ir.block(graph.region(0));
    Operation user = ir.append(body, "test.op", List.of(), List.of(t));
    Operation definer = ir.append(body, "test.op", List.of(), List.of(t));
    user.insertOperands(0, List.of(definer.result(0)));
    Operation holder = ir.op("test.op", List.of(), List.of(t), 1);
    body.append(holder);
    Operation nested = ir.append(ir.block(holder.region(0)), "test.op", List.of(), List.of(t));
    Operation after = ir.append(body, "test.op", List.of(), List.of(t));
    DominanceInfo dom = new DominanceInfo();

    assertTrue(dom.properlyDominates(definer.result(0), user), "use before def is fine");
    assertTrue(dom.properlyDominates(user.result(0), definer));
    assertTrue(dom.properlyDominates(after.result(0), nested), "through the enclosing op");
    assertFalse(dom.properlyDominates(holder.result(0), nested), "not inside its own op");
    assertFalse(dom.properlyDominates(user, user));

    // The same shape in an SSACFG region is a use before its definition.
    Operation cfg = function(1);
    Block cfgBody = block(cfg, 0);
    Operation cfgUser = def(cfgBody);
    Operation cfgDefiner = def(cfgBody);
    assertFalse(dom.properlyDominates(cfgDefiner.result(0), cfgUser));
  }

  // ---- property: agreement with the definition ------------------------------------------------

  /**
   * On random CFGs, {@code dominates(a, b)} holds exactly when every path from the entry to {@code
   * b} passes through {@code a}: with {@code a} removed, {@code b} is unreachable (vacuously so
   * when {@code b} is unreachable anyway). The immediate dominator is the strict dominator that
   * every other strict dominator dominates.
   */
  @Property(tries = 300)
  void dominanceAgreesWithThePathDefinition(
      @ForAll @Size(min = 1, max = 9)
          List<@Size(max = 3) List<@IntRange(min = 0, max = 8) Integer>> edges) {
    int n = edges.size();
    Operation f = ir.op("test.op", List.of(), List.of(), 1);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      blocks.add(ir.block(f.region(0)));
    }
    for (int i = 0; i < n; i++) {
      Block[] targets = edges.get(i).stream().map(j -> blocks.get(j % n)).toArray(Block[]::new);
      branch(blocks.get(i), targets);
    }
    DominanceInfo dom = new DominanceInfo();

    for (int a = 0; a < n; a++) {
      boolean[] reachableWithoutA = reachable(edges, n, a);
      for (int b = 0; b < n; b++) {
        boolean expected = a == b || !reachableWithoutA[b];
        assertEquals(
            expected,
            dom.dominates(blocks.get(a), blocks.get(b)),
            "dominates(" + a + ", " + b + ") for edges " + edges);
      }
    }
    boolean[] reachable = reachable(edges, n, -1);
    for (int b = 0; b < n; b++) {
      assertEquals(reachable[b], dom.isReachableFromEntry(blocks.get(b)));
      Block idom = dom.immediateDominator(blocks.get(b));
      if (b == 0 || !reachable[b]) {
        assertNull(idom, "no immediate dominator for " + b);
        continue;
      }
      assertTrue(dom.properlyDominates(idom, blocks.get(b)));
      for (int c = 0; c < n; c++) {
        Block other = blocks.get(c);
        if (other != blocks.get(b) && dom.dominates(other, blocks.get(b))) {
          assertTrue(dom.dominates(other, idom), c + " strictly dominates " + b + " so its idom");
        }
      }
    }
  }

  /** Which blocks the entry reaches when block {@code removed} is taken out (-1: none is). */
  private static boolean[] reachable(List<List<Integer>> edges, int n, int removed) {
    boolean[] seen = new boolean[n];
    if (removed == 0) {
      return seen;
    }
    Deque<Integer> work = new ArrayDeque<>();
    seen[0] = true;
    work.push(0);
    while (!work.isEmpty()) {
      int b = work.pop();
      for (int target : edges.get(b)) {
        int s = target % n;
        if (s != removed && !seen[s]) {
          seen[s] = true;
          work.push(s);
        }
      }
    }
    return seen;
  }
}
