package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.loc.Location;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Insertion points, their saving and restoring, and listener notifications. */
class OpBuilderTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type t = ir.type("t");
  private final List<Object> events = new ArrayList<>();
  private final OpBuilder builder = new OpBuilder(context);

  private Region region;
  private Block block;
  private Operation a;
  private Operation b;

  @BeforeEach
  void build() {
    Operation holder = ir.op("test.op", List.of(), List.of(), 1);
    region = holder.region(0);
    block = ir.block(region, t);
    a = ir.append(block, "test.op", List.of(), List.of(t));
    b = ir.append(block, "test.op", List.of(), List.of(t));
    builder.setListener(
        new OpBuilder.Listener() {
          @Override
          public void notifyOperationInserted(Operation op) {
            events.add(op);
          }

          @Override
          public void notifyBlockInserted(Block inserted) {
            events.add(inserted);
          }
        });
  }

  /** Creates a {@code test.op} tagged by its location line, and returns it. */
  private Operation create() {
    return builder.create(builder.state(ir.nextLoc(), "test.op").addType(t));
  }

  private Operation detached() {
    return ir.op("test.op", List.of(), List.of(), 0);
  }

  @Test
  void insertionAtTheStartKeepsCreatedOpsInCreationOrder() {
    builder.setInsertionPointToStart(block);
    Operation first = create();
    Operation second = create();

    assertEquals(List.of(first, second, a, b), block.operationList());
    assertEquals(List.of(first, second), events);
  }

  @Test
  void insertionAtTheStartOfAnEmptyBlockAppends() {
    Block empty = ir.block(region);
    builder.setInsertionPointToStart(empty);
    Operation first = create();
    Operation second = create();

    assertEquals(List.of(first, second), empty.operationList());
  }

  @Test
  void insertionAtTheEndAppends() {
    builder.setInsertionPointToEnd(block);
    Operation c = create();

    assertEquals(List.of(a, b, c), block.operationList());
    assertSame(block, builder.insertionBlock());
  }

  @Test
  void insertionBeforeAndAfterAnOp() {
    builder.setInsertionPoint(b);
    Operation beforeB = create();
    builder.setInsertionPointAfter(a);
    Operation afterA1 = create();
    Operation afterA2 = create();
    builder.setInsertionPointAfter(b);
    Operation afterLast = create();

    assertEquals(List.of(a, afterA1, afterA2, beforeB, b, afterLast), block.operationList());
    assertSame(afterLast, block.lastOp());
  }

  @Test
  void insertionAfterAValueFollowsItsDefinitionOrStartsItsBlock() {
    builder.setInsertionPointAfterValue(a.result(0));
    Operation afterA = create();
    builder.setInsertionPointAfterValue(block.argument(0));
    Operation atStart = create();

    assertEquals(List.of(atStart, a, afterA, b), block.operationList());
  }

  @Test
  void aSavedInsertionPointCanBeRestored() {
    builder.setInsertionPoint(b);
    OpBuilder.InsertionPoint saved = builder.saveInsertionPoint();
    assertTrue(saved.isSet());
    assertSame(block, saved.block());
    assertSame(b, saved.anchor());

    Block other = builder.createBlock(region);
    Operation inOther = create();
    builder.restoreInsertionPoint(saved);
    Operation beforeB = create();

    assertEquals(List.of(inOther), other.operationList());
    assertEquals(List.of(a, beforeB, b), block.operationList());
  }

  @Test
  void withoutAnInsertionPointOpsStayDetachedAndUnannounced() {
    builder.setInsertionPointToEnd(block);
    builder.clearInsertionPoint();
    assertNull(builder.insertionBlock());
    assertFalse(builder.saveInsertionPoint().isSet());

    Operation detached = create();

    assertNull(detached.parentBlock());
    assertEquals(List.of(), events);
    assertEquals(2, block.size());
  }

  @Test
  void createBlockInsertsBeforeTheAnchorAnnouncesItAndMovesTheInsertionPoint() {
    Block last = builder.createBlock(region);
    Location loc = ir.nextLoc();
    Block middle = builder.createBlock(region, last, List.of(t, t), List.of(loc, loc));

    assertEquals(List.of(block, middle, last), region.blockList());
    assertEquals(2, middle.numArguments());
    assertEquals(loc, middle.argument(1).location());
    assertSame(middle, builder.insertionBlock());
    Operation inMiddle = create();
    assertSame(middle, inMiddle.parentBlock());
    assertEquals(List.of(last, middle, inMiddle), events);
  }

  @Test
  void createBlockNeedsOneLocationPerArgument() {
    assertThrows(
        IllegalArgumentException.class,
        () -> builder.createBlock(region, null, List.of(t, t), List.of(ir.nextLoc())));
    assertEquals(1, region.size());
    assertEquals(List.of(), events);
  }

  @Test
  void insertAnnouncesTheOpButNotTheOpsNestedInIt() {
    Operation withRegion = ir.op("test.op", List.of(), List.of(), 1);
    Operation nested = ir.append(ir.block(withRegion.region(0)), "test.op", List.of(), List.of());
    builder.setInsertionPointToEnd(block);

    assertSame(withRegion, builder.insert(withRegion));

    assertSame(block, withRegion.parentBlock());
    assertEquals(List.of(withRegion), events);
    assertFalse(events.contains(nested));
  }

  @Test
  void insertingAnAttachedOpIsAProgrammingError() {
    builder.setInsertionPointToEnd(block);
    assertThrows(IllegalStateException.class, () -> builder.insert(a));
    assertEquals(List.of(a, b), block.operationList());
  }

  @Test
  void factoriesSetTheInsertionPoint() {
    Operation atEnd = OpBuilder.atBlockEnd(context, block).insert(detached());
    Operation beforeA = OpBuilder.before(a).insert(detached());

    assertEquals(List.of(beforeA, a, b, atEnd), block.operationList());
    assertSame(context, OpBuilder.before(a).context());
    assertNull(OpBuilder.before(a).listener());
  }
}
