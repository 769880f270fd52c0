package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Walks, block splitting, moving ops, the order index behind {@code isBeforeInBlock}, and erasing.
 */
class WalkTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type t = ir.type("t");

  // root { A; B { C; D }; E } with C and E of kind test.unary
  private Operation root;
  private Operation a;
  private Operation b;
  private Operation c;
  private Operation d;
  private Operation e;

  @BeforeEach
  void build() {
    root = ir.op("test.op", List.of(), List.of(), 1);
    Block body = ir.block(root.region(0), t);
    a = ir.append(body, "test.op", List.of(), List.of(t));
    b = ir.op("test.op", List.of(), List.of(), 1);
    body.append(b);
    Block inner = ir.block(b.region(0));
    c = ir.append(inner, "test.unary", List.of(a.result(0)), List.of(t));
    d = ir.append(inner, "test.op", List.of(c.result(0)), List.of());
    e = ir.append(body, "test.unary", List.of(body.argument(0)), List.of(t));
  }

  private List<Operation> walk(WalkOrder order, Operation stopAt, WalkResult atStop) {
    List<Operation> visited = new ArrayList<>();
    WalkResult result =
        root.walk(
            order,
            op -> {
              visited.add(op);
              return op == stopAt ? atStop : WalkResult.ADVANCE;
            });
    assertEquals(
        atStop == WalkResult.INTERRUPT ? WalkResult.INTERRUPT : WalkResult.ADVANCE, result);
    return visited;
  }

  // ---- walks ----------------------------------------------------------------------------------

  @Test
  void preAndPostOrderVisitInTheirOrders() {
    assertEquals(List.of(root, a, b, c, d, e), walk(WalkOrder.PRE_ORDER, null, null));
    assertEquals(List.of(a, c, d, b, e, root), walk(WalkOrder.POST_ORDER, null, null));

    List<Operation> visited = new ArrayList<>();
    root.walk(visited::add);
    assertEquals(List.of(a, c, d, b, e, root), visited, "the default walk is post-order");
  }

  @Test
  void skipInPreOrderLeavesOutTheRegionsOnly() {
    assertEquals(List.of(root, a, b, e), walk(WalkOrder.PRE_ORDER, b, WalkResult.SKIP));
    assertEquals(List.of(root), walk(WalkOrder.PRE_ORDER, root, WalkResult.SKIP));
  }

  @Test
  void interruptStopsTheWholeWalk() {
    assertEquals(List.of(root, a, b, c), walk(WalkOrder.PRE_ORDER, c, WalkResult.INTERRUPT));
    assertEquals(List.of(a, c), walk(WalkOrder.POST_ORDER, c, WalkResult.INTERRUPT));
    assertEquals(
        List.of(a, c, d, b, e, root), walk(WalkOrder.POST_ORDER, root, WalkResult.INTERRUPT));
  }

  @Test
  void aPostOrderWalkMayEraseTheOpItVisits() {
    List<Operation> visited = new ArrayList<>();
    root.walk(
        op -> {
          visited.add(op);
          // c is still used by d when visited; it goes when b, its parent, is erased.
          if (op != root && op != a && op.hasNoUses()) {
            op.erase();
          }
        });

    assertEquals(List.of(a, c, d, b, e, root), visited);
    assertEquals(List.of(a), root.region(0).firstBlock().operationList());
    assertTrue(a.result(0).hasNoUses(), "the erased c no longer uses a");
    assertNull(b.parentBlock());
    assertSame(b.region(0).firstBlock(), c.parentBlock(), "c went with b, not on its own");
  }

  @Test
  void aWalkFilteredByAViewVisitsOnlyMatchingOpsAsViews() {
    List<UnaryOp> unary = new ArrayList<>();
    root.walk(UnaryOp.class, unary::add);

    assertEquals(List.of(new UnaryOp(c), new UnaryOp(e)), unary);
    assertSame(a.result(0), unary.get(0).input());
    assertEquals(Optional.of(new UnaryOp(e)), OpViews.match(e, UnaryOp.class));
    assertEquals(Optional.empty(), OpViews.match(d, UnaryOp.class));
    assertEquals("test.unary", OpViews.matcher(UnaryOp.class).operationName());
  }

  /** Not a view: no {@code OPERATION_NAME}. */
  public record NotAView(Operation op) implements OpView {}

  @Test
  void aViewClassWithoutAnOperationNameIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> OpViews.match(a, NotAView.class));
  }

  // ---- splitting and moving -------------------------------------------------------------------

  @Test
  void splitBeforeMovesTheTailToANewBlockRightAfter() {
    Region region = root.region(0);
    Block body = region.firstBlock();
    Block next = ir.block(region);
    Operation br = ir.op("test.br", List.of(), List.of(), 0);
    Operation target = branchTo(next);
    body.append(target);

    Block tail = body.splitBefore(b);

    assertEquals(List.of(body, tail, next), region.blockList());
    assertEquals(List.of(a), body.operationList());
    assertEquals(List.of(b, e, target), tail.operationList());
    assertEquals(0, tail.numArguments());
    assertEquals(1, body.numArguments());
    for (Operation op : tail.operations()) {
      assertSame(tail, op.parentBlock());
    }
    assertSame(root, tail.parentOp());
    assertEquals(1, body.size());
    assertEquals(3, tail.size());
    assertEquals(List.of(next), tail.successors(), "the terminator moved with the tail");
    assertEquals(List.of(tail), next.predecessors());
    assertTrue(b.isBeforeInBlock(target));
    assertFalse(target.isBeforeInBlock(e));
    assertNull(br.parentBlock());
  }

  @Test
  void splitBeforeTheFirstOpLeavesTheBlockEmpty() {
    Block body = root.region(0).firstBlock();
    Block tail = body.splitBefore(a);

    assertTrue(body.isEmpty());
    assertNull(body.firstOp());
    assertEquals(List.of(a, b, e), tail.operationList());
  }

  @Test
  void splitBeforeAnOpOfAnotherBlockIsRejected() {
    Block body = root.region(0).firstBlock();
    assertThrows(IllegalArgumentException.class, () -> body.splitBefore(c));
    assertEquals(3, body.size());
  }

  private Operation branchTo(Block target) {
    return Operation.create(
        new OperationState(context, ir.nextLoc(), "test.br").addSuccessor(target));
  }

  @Test
  void moveBeforeAndAfterWorkAcrossBlocks() {
    Block body = root.region(0).firstBlock();
    Block inner = b.region(0).firstBlock();

    e.moveBefore(d);
    assertEquals(List.of(a, b), body.operationList());
    assertEquals(List.of(c, e, d), inner.operationList());
    assertSame(inner, e.parentBlock());
    assertTrue(e.isBeforeInBlock(d));
    assertTrue(c.isBeforeInBlock(e));

    c.moveAfter(b);
    assertEquals(List.of(a, b, c), body.operationList());
    assertEquals(List.of(e, d), inner.operationList());
    assertSame(c, body.lastOp());
    assertTrue(b.isBeforeInBlock(c));

    a.moveAfter(c);
    assertEquals(List.of(b, c, a), body.operationList());
    assertSame(b, body.firstOp());
    assertNull(b.prev());
    assertTrue(c.isBeforeInBlock(a));
    assertFalse(a.isBeforeInBlock(b));
    assertEquals(3, body.size());
    assertEquals(2, inner.size());

    a.moveBefore(a);
    assertSame(a, body.lastOp(), "moving an op before itself does nothing");
  }

  @Test
  void aDetachedOpCanBeMovedIn() {
    Operation detached = ir.op("test.op", List.of(), List.of(), 0);
    detached.moveAfter(a);
    assertSame(detached, a.next());
    assertSame(b, detached.next());
    assertTrue(a.isBeforeInBlock(detached));
    assertTrue(detached.isBeforeInBlock(b));
  }

  @Test
  void isBeforeInBlockRejectsOpsOfDifferentBlocks() {
    assertThrows(IllegalArgumentException.class, () -> a.isBeforeInBlock(c));
    Operation detached = ir.op("test.op", List.of(), List.of(), 0);
    assertThrows(IllegalArgumentException.class, () -> detached.isBeforeInBlock(a));
  }

  @Test
  void isBeforeInBlockStaysRightThroughManyInsertionsInTheMiddle() {
    Block body = root.region(0).firstBlock();
    // Always insert right before b: each insertion halves the gap until renumbering is needed.
    for (int i = 0; i < 100; i++) {
      body.insertBefore(b, ir.op("test.op", List.of(), List.of(), 0));
      if (i % 7 == 0) {
        assertOrderConsistent(body);
      }
    }
    // Always insert at the front, and right after a, with queries in between.
    for (int i = 0; i < 60; i++) {
      body.prepend(ir.op("test.op", List.of(), List.of(), 0));
      ir.op("test.op", List.of(), List.of(), 0).moveAfter(a);
      assertTrue(body.firstOp().isBeforeInBlock(a));
    }
    assertOrderConsistent(body);
    assertEquals(223, body.size());
  }

  @Test
  void isBeforeInBlockStaysRightThroughRandomInsertionsAndRemovals() {
    Block body = root.region(0).firstBlock();
    Random random = new Random(42);
    for (int i = 0; i < 2000; i++) {
      List<Operation> ops = body.operationList();
      Operation anchor = ops.get(random.nextInt(ops.size()));
      int action = random.nextInt(4);
      if (action == 3 && ops.size() > 3 && anchor != a && anchor != b && anchor != e) {
        anchor.erase();
      } else if (action == 2) {
        body.insertBefore(anchor, ir.op("test.op", List.of(), List.of(), 0));
      } else {
        ir.op("test.op", List.of(), List.of(), 0).moveAfter(anchor);
      }
      if (i % 50 == 0) {
        assertOrderConsistent(body);
      }
    }
    assertOrderConsistent(body);
  }

  private static void assertOrderConsistent(Block block) {
    List<Operation> ops = block.operationList();
    assertEquals(ops.size(), block.size());
    for (int i = 0; i < ops.size(); i++) {
      for (int j = 0; j < ops.size(); j++) {
        assertEquals(i < j, ops.get(i).isBeforeInBlock(ops.get(j)), i + " before " + j);
      }
    }
  }

  // ---- erasing --------------------------------------------------------------------------------

  @Test
  void eraseFailsWhileAResultIsUsedAndLeavesTheIrIntact() {
    Block body = root.region(0).firstBlock();
    Operation user = ir.append(body, "test.op", List.of(e.result(0)), List.of());

    assertThrows(IllegalStateException.class, e::erase);

    assertSame(body, e.parentBlock(), "the op is still in its block");
    assertEquals(List.of(a, b, e, user), body.operationList());
    assertSame(body.argument(0), e.operand(0), "its operands are still in place");
    assertEquals(1, body.argument(0).numUses());
    assertEquals(List.of(user), e.result(0).users());

    user.erase();
    e.erase();
    assertEquals(List.of(a, b), body.operationList());
    assertTrue(body.argument(0).hasNoUses());
  }

  @Test
  void eraseDropsUsesMadeInsideTheOpsOwnRegions() {
    Block body = root.region(0).firstBlock();
    Operation holder = ir.op("test.op", List.of(), List.of(t), 1);
    body.append(holder);
    Block inner = ir.block(holder.region(0));
    ir.append(inner, "test.op", List.of(holder.result(0), a.result(0)), List.of());
    int usesOfA = a.result(0).numUses();

    holder.erase();

    assertNull(holder.parentBlock());
    assertTrue(holder.result(0).hasNoUses());
    assertEquals(usesOfA - 1, a.result(0).numUses());
  }

  @Test
  void removeKeepsTheOpAndItsOperands() {
    e.remove();
    assertNull(e.parentBlock());
    assertSame(root.region(0).firstBlock().argument(0), e.operand(0));
    assertThrows(IllegalStateException.class, e::remove, "a detached op cannot be removed");
  }
}
