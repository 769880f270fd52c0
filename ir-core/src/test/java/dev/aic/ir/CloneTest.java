package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deep cloning: forward references, successors, the mapping, and builder notifications. */
class CloneTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type t = ir.type("t");
  private final Type u = ir.type("u");

  /** The block holding {@link #external} and {@link #root}. */
  private Block outer;

  /** A value defined outside the cloned op and used inside it. */
  private Value external;

  /** The op to clone; see {@link #EXPECTED}. */
  private Operation root;

  /** The canonical text of {@link #root}: a forward reference, a nested one, and successors. */
  private static final String EXPECTED =
      """
      %0 = "test.op"(%ext0) {tag = "root"} : [!test.t] -> [!test.u] {
      ^bb0(%1: !test.t):
        %2 = "test.op"(%1, %8) : [!test.t, !test.t] -> [!test.t]
        "test.op"() : [] -> [] {
        ^bb1(%3: !test.u):
          %4 = "test.op"(%8, %3, %ext0) <{callee = @f}> : [!test.t, !test.u, !test.t] -> [!test.t]
        }
        "test.cond_br"(%2) [^bb2, ^bb3] : [!test.t] -> []
      ^bb2():
        %5 = "test.op"(%2) : [!test.t] -> [!test.t]
        "test.br"(%5) [^bb3] : [!test.t] -> []
      ^bb3(%6: !test.t):
        %7 = "test.op"(%6) : [!test.t] -> [!test.t]
        %8 = "test.op"(%7) : [!test.t] -> [!test.t]
        "test.return"(%8) : [!test.t] -> []
      }
      """;

  @BeforeEach
  void build() {
    Operation holder = ir.op("test.op", List.of(), List.of(), 1);
    outer = ir.block(holder.region(0));
    external = ir.append(outer, "test.op", List.of(), List.of(t)).result(0);
    root = ir.op("test.op", List.of(external), List.of(u), 1);
    root.setAttribute("tag", new StringAttr("root"));
    outer.append(root);

    Region body = root.region(0);
    Block entry = ir.block(body, t);
    Block left = ir.block(body);
    Block exit = ir.block(body, t);

    // The use of %y (defined in ^bb3) precedes its definition.
    Operation x = ir.append(entry, "test.op", List.of(entry.argument(0)), List.of(t));
    Operation nested = ir.op("test.op", List.of(), List.of(), 1);
    entry.append(nested);
    Block nestedBlock = ir.block(nested.region(0), u);
    Operation inner =
        ir.append(nestedBlock, "test.op", List.of(nestedBlock.argument(0), external), List.of(t));
    inner.setProperty("callee", SymbolRefAttr.flat("f"));
    entry.append(branch("test.cond_br", List.of(x.result(0)), left, exit));

    Operation z = ir.append(left, "test.op", List.of(x.result(0)), List.of(t));
    left.append(branch("test.br", List.of(z.result(0)), exit));

    Operation w = ir.append(exit, "test.op", List.of(exit.argument(0)), List.of(t));
    Operation y = ir.append(exit, "test.op", List.of(w.result(0)), List.of(t));
    ir.append(exit, "test.return", List.of(y.result(0)), List.of());

    x.insertOperands(1, List.of(y.result(0)));
    inner.insertOperands(0, List.of(y.result(0)));
  }

  private Operation branch(String name, List<Value> operands, Block... successors) {
    OperationState state = new OperationState(context, ir.nextLoc(), name);
    state.addOperands(operands);
    for (Block successor : successors) {
      state.addSuccessor(successor);
    }
    return Operation.create(state);
  }

  private static List<Operation> preOrder(Operation op) {
    List<Operation> ops = new ArrayList<>();
    op.walk(
        WalkOrder.PRE_ORDER,
        visited -> {
          ops.add(visited);
          return WalkResult.ADVANCE;
        });
    return ops;
  }

  private static List<Block> blocksIn(Operation op) {
    List<Block> blocks = new ArrayList<>();
    for (Operation nested : preOrder(op)) {
      for (Region region : nested.regions()) {
        blocks.addAll(region.blockList());
      }
    }
    return blocks;
  }

  private static Map<Value, Integer> useCounts(Operation op) {
    Map<Value, Integer> counts = new IdentityHashMap<>();
    for (Operation nested : preOrder(op)) {
      nested.results().forEach(r -> counts.put(r, r.numUses()));
      for (Region region : nested.regions()) {
        for (Block block : region.blocks()) {
          block.arguments().forEach(a -> counts.put(a, a.numUses()));
        }
      }
    }
    return counts;
  }

  // ---- tests ----------------------------------------------------------------------------------

  @Test
  void theCanonicalRendererShowsTheForwardReferences() {
    assertEquals(EXPECTED, CanonicalIr.render(root));
  }

  @Test
  void aCloneIsStructurallyEqualAndDetached() {
    Operation copy = root.clone(new IRMapping());

    assertNull(copy.parentBlock());
    assertEquals(EXPECTED, CanonicalIr.render(copy));
    assertEquals(CanonicalIr.render(root), CanonicalIr.render(root.copy()));

    // The renderer does tell a different structure apart.
    Operation firstInner = copy.region(0).firstBlock().firstOp();
    firstInner.setOperand(0, firstInner.operand(1));
    assertNotEquals(EXPECTED, CanonicalIr.render(copy));
  }

  @Test
  void aCloneRefersOnlyToItsOwnValuesAndBlocksOrToOuterValues() {
    Map<Value, Integer> before = useCounts(root);
    int externalUses = external.numUses();

    Operation copy = root.clone(new IRMapping());

    List<Operation> originals = preOrder(root);
    for (Operation op : preOrder(copy)) {
      assertFalse(originals.contains(op), "a fresh op");
      for (Value operand : op.operands()) {
        if (operand == external) {
          continue;
        }
        Operation definer =
            operand instanceof BlockArgument arg ? arg.owner().parentOp() : operand.definingOp();
        assertTrue(copy.isAncestor(definer), op + " uses " + operand + " from outside the clone");
        assertFalse(root.isAncestor(definer), op + " uses an original " + operand);
      }
      for (Block successor : op.successors()) {
        assertSame(copy, successor.parentOp(), op + " branches outside the clone");
      }
    }
    assertEquals(before, useCounts(root), "the original's use lists are untouched");
    assertEquals(externalUses + 2, external.numUses(), "the clone uses the outer value twice");
  }

  @Test
  void theMappingRelatesEveryOpResultBlockAndArgument() {
    IRMapping mapping = new IRMapping();
    Operation copy = root.clone(mapping);

    assertSame(copy, mapping.lookupOrNull(root));
    List<Operation> originals = preOrder(root);
    List<Operation> copies = preOrder(copy);
    assertEquals(originals.size(), copies.size());
    for (int i = 0; i < originals.size(); i++) {
      Operation original = originals.get(i);
      Operation cloned = copies.get(i);
      assertSame(cloned, mapping.lookupOrNull(original));
      assertEquals(original.name(), cloned.name());
      assertEquals(original.location(), cloned.location());
      assertEquals(original.properties(), cloned.properties());
      assertEquals(original.attributes(), cloned.attributes());
      for (int r = 0; r < original.numResults(); r++) {
        assertSame(cloned.result(r), mapping.lookupOrNull(original.result(r)));
        assertTrue(mapping.contains(original.result(r)));
      }
    }
    List<Block> originalBlocks = blocksIn(root);
    List<Block> copiedBlocks = blocksIn(copy);
    assertEquals(4, originalBlocks.size());
    for (int i = 0; i < originalBlocks.size(); i++) {
      Block original = originalBlocks.get(i);
      Block cloned = copiedBlocks.get(i);
      assertSame(cloned, mapping.lookupOrDefault(original));
      assertNotSame(original, cloned);
      for (int a = 0; a < original.numArguments(); a++) {
        assertSame(cloned.argument(a), mapping.lookupOrNull(original.argument(a)));
        assertEquals(original.argument(a).location(), cloned.argument(a).location());
      }
    }
    assertSame(external, mapping.lookupOrDefault(external), "outer values stay unmapped");
  }

  @Test
  void preMappedValuesAreSubstituted() {
    Value replacement = ir.append(outer, "test.op", List.of(), List.of(t)).result(0);
    IRMapping mapping = new IRMapping();
    mapping.map(external, replacement);

    Operation copy = root.clone(mapping);

    assertSame(replacement, copy.operand(0));
    assertEquals(2, replacement.numUses(), "the root and the nested op use it");
    assertEquals(CanonicalIr.render(root), CanonicalIr.render(copy), "same shape");
  }

  @Test
  void cloneWithoutRegionsKeepsTheRegionCountButNoBlocks() {
    IRMapping mapping = new IRMapping();
    Operation copy = root.cloneWithoutRegions(mapping);

    assertEquals(1, copy.numRegions());
    assertTrue(copy.region(0).isEmpty());
    assertSame(external, copy.operand(0));
    assertSame(copy.result(0), mapping.lookupOrNull(root.result(0)));
    assertEquals(root.attributes(), copy.attributes());
  }

  @Test
  void cloningATerminatorAloneKeepsItsSuccessors() {
    Block exit = root.region(0).lastBlock();
    Operation br = exit.prev().lastOp();
    int predecessors = exit.predecessors().size();

    Operation copy = br.clone(new IRMapping());

    assertEquals(List.of(exit), copy.successors());
    assertEquals(predecessors + 1, exit.predecessors().size());
  }

  @Test
  void cloningThroughABuilderInsertsAndNotifiesEveryNestedOpAndBlock() {
    List<Object> events = new ArrayList<>();
    OpBuilder builder = OpBuilder.atBlockEnd(context, outer);
    builder.setListener(
        new OpBuilder.Listener() {
          @Override
          public void notifyOperationInserted(Operation op) {
            events.add(op);
          }

          @Override
          public void notifyBlockInserted(Block block) {
            events.add(block);
          }
        });

    Operation copy = builder.clone(root, new IRMapping());

    assertSame(outer, copy.parentBlock());
    assertSame(copy, outer.lastOp());
    List<Operation> ops = preOrder(copy);
    List<Block> blocks = blocksIn(copy);
    assertEquals(ops.size() + blocks.size(), events.size(), events.toString());
    for (Operation op : ops) {
      assertEquals(1, events.stream().filter(e -> e == op).count(), "once: " + op);
      Block parent = op.parentBlock();
      if (op != copy) {
        assertTrue(
            events.indexOf(parent) < events.indexOf(op), "a block is announced before its ops");
      }
    }
    for (Block block : blocks) {
      assertEquals(1, events.stream().filter(e -> e == block).count());
    }
  }

  @Test
  void cloningThroughABuilderWithoutInsertionPointNotifiesNothing() {
    List<Object> events = new ArrayList<>();
    OpBuilder builder = new OpBuilder(context);
    builder.setListener(
        new OpBuilder.Listener() {
          @Override
          public void notifyOperationInserted(Operation op) {
            events.add(op);
          }
        });

    Operation copy = builder.clone(root, new IRMapping());

    assertNull(copy.parentBlock());
    assertEquals(List.of(), events);
    assertEquals(EXPECTED, CanonicalIr.render(copy));
  }
}
