package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * A stateful property: random sequences of IR edits (create, insert, move, erase, redirect
 * operands, insert and erase operands, replace all uses) keep the intrusive use lists and op lists
 * consistent with the operands and order they describe.
 */
class UseListProperties {

  @Property(tries = 300)
  void editsKeepUseListsAndOpListsConsistent(@ForAll("edits") ActionChain<Model> chain) {
    chain.withInvariant(Model::checkInvariants).run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> edits() {
    return ActionChain.<Model>startWith(Model::new)
        .withAction(3, new CreateOp())
        .withAction(2, new SetOperand())
        .withAction(1, new ReplaceAllUses())
        .withAction(1, new EraseOp())
        .withAction(2, new MoveOp())
        .withAction(1, new InsertOperands())
        .withAction(1, new EraseOperands())
        .withMaxTransformations(40);
  }

  /** One block of {@code test.op}s, with a block argument so that there is always a value. */
  static final class Model {
    final Context context = TestDialect.newContext();
    final TestIr ir = new TestIr(context);
    final Type type = ir.type("t");
    final Block block = new Block();
    final BlockArgument argument = block.addArgument(type, ir.nextLoc());
    final List<Operation> live = new ArrayList<>();

    List<Value> values() {
      List<Value> values = new ArrayList<>();
      values.add(argument);
      for (Operation op : live) {
        values.addAll(op.results());
      }
      return values;
    }

    void checkInvariants() {
      // The block's forward and backward links describe the same sequence.
      List<Operation> forward = block.operationList();
      List<Operation> backward = new ArrayList<>();
      block.operationsReversed().forEach(op -> backward.add(0, op));
      assertEquals(forward, backward);
      assertEquals(forward.size(), block.size());
      assertEquals(new HashSet<>(live), new HashSet<>(forward));
      for (int i = 0; i < forward.size(); i++) {
        assertSame(block, forward.get(i).parentBlock());
        for (int j = 0; j < forward.size(); j++) {
          assertEquals(i < j, forward.get(i).isBeforeInBlock(forward.get(j)));
        }
      }
      // Each value's use list holds exactly the operand slots that refer to it.
      Map<Value, Set<OpOperand>> expected = new IdentityHashMap<>();
      for (Value v : values()) {
        expected.put(v, java.util.Collections.newSetFromMap(new IdentityHashMap<>()));
      }
      for (Operation op : forward) {
        List<OpOperand> operands = op.opOperands();
        for (int i = 0; i < operands.size(); i++) {
          assertEquals(i, operands.get(i).index());
          assertSame(op, operands.get(i).owner());
          expected.get(operands.get(i).get()).add(operands.get(i));
        }
      }
      for (Map.Entry<Value, Set<OpOperand>> e : expected.entrySet()) {
        Set<OpOperand> actual = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        e.getKey().uses().forEach(actual::add);
        assertEquals(e.getValue(), actual);
        assertEquals(e.getValue().size(), e.getKey().numUses());
        assertEquals(e.getValue().isEmpty(), e.getKey().hasNoUses());
        assertEquals(e.getValue().size() == 1, e.getKey().hasOneUse());
      }
    }

    @Override
    public String toString() {
      return block.size() + " ops";
    }
  }

  static final class CreateOp implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<Value> values = state.values();
      Arbitrary<List<Value>> operands = Arbitraries.of(values).list().ofMaxSize(3);
      Arbitrary<Integer> results = Arbitraries.integers().between(0, 2);
      Arbitrary<Integer> position = Arbitraries.integers().between(0, state.live.size());
      return net.jqwik.api.Combinators.combine(operands, results, position)
          .as(
              (ops, n, pos) ->
                  Transformer.mutate(
                      "create with " + ops.size() + " operands at " + pos,
                      s -> {
                        Operation op =
                            s.ir.op("test.op", ops, java.util.Collections.nCopies(n, s.type), 0);
                        List<Operation> order = s.block.operationList();
                        s.block.insertBefore(pos < order.size() ? order.get(pos) : null, op);
                        s.live.add(op);
                      }));
    }
  }

  static final class SetOperand implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return state.live.stream().anyMatch(op -> op.numOperands() > 0);
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<Operation> withOperands =
          state.live.stream().filter(op -> op.numOperands() > 0).toList();
      return Arbitraries.of(withOperands)
          .flatMap(
              op ->
                  net.jqwik.api.Combinators.combine(
                          Arbitraries.integers().between(0, op.numOperands() - 1),
                          Arbitraries.of(state.values()))
                      .as(
                          (i, v) ->
                              Transformer.mutate("set operand " + i, s -> op.setOperand(i, v))));
    }
  }

  static final class ReplaceAllUses implements Action.Dependent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<Value> values = state.values();
      return net.jqwik.api.Combinators.combine(Arbitraries.of(values), Arbitraries.of(values))
          .as(
              (from, to) ->
                  Transformer.mutate("replace all uses", s -> from.replaceAllUsesWith(to)));
    }
  }

  static final class EraseOp implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return !state.live.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Arbitraries.of(state.live)
          .map(
              op ->
                  Transformer.mutate(
                      "erase",
                      s -> {
                        // Uses of its results go to the block argument first.
                        op.results().forEach(r -> r.replaceAllUsesWith(s.argument));
                        op.erase();
                        s.live.remove(op);
                      }));
    }
  }

  static final class MoveOp implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return state.live.size() >= 2;
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return net.jqwik.api.Combinators.combine(
              Arbitraries.of(state.live), Arbitraries.of(state.live), Arbitraries.of(true, false))
          .as(
              (op, anchor, before) ->
                  Transformer.mutate(
                      before ? "move before" : "move after",
                      s -> {
                        if (before) {
                          op.moveBefore(anchor);
                        } else {
                          op.moveAfter(anchor);
                        }
                      }));
    }
  }

  static final class InsertOperands implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return !state.live.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      return Arbitraries.of(state.live)
          .flatMap(
              op ->
                  net.jqwik.api.Combinators.combine(
                          Arbitraries.integers().between(0, op.numOperands()),
                          Arbitraries.of(state.values()).list().ofMinSize(1).ofMaxSize(2))
                      .as(
                          (at, vs) ->
                              Transformer.mutate(
                                  "insert " + vs.size() + " operands at " + at,
                                  s -> op.insertOperands(at, vs))));
    }
  }

  static final class EraseOperands implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model state) {
      return state.live.stream().anyMatch(op -> op.numOperands() > 0);
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model state) {
      List<Operation> withOperands =
          state.live.stream().filter(op -> op.numOperands() > 0).toList();
      return Arbitraries.of(withOperands)
          .flatMap(
              op ->
                  Arbitraries.integers()
                      .between(0, op.numOperands() - 1)
                      .flatMap(
                          at ->
                              Arbitraries.integers()
                                  .between(1, op.numOperands() - at)
                                  .map(
                                      n ->
                                          Transformer.<Model>mutate(
                                              "erase " + n + " operands at " + at,
                                              s -> op.eraseOperands(at, n)))));
    }
  }

  @Property(tries = 50)
  void replaceAllUsesMovesEveryUse(@ForAll("counts") int uses) {
    Model m = new Model();
    Operation def = m.ir.op("test.op", List.of(), List.of(m.type), 0);
    m.block.append(def);
    for (int i = 0; i < uses; i++) {
      m.block.append(m.ir.op("test.op", List.of(def.result(0), def.result(0)), List.of(), 0));
    }
    def.result(0).replaceAllUsesWith(m.argument);
    assertTrue(def.result(0).hasNoUses());
    assertEquals(2 * uses, m.argument.numUses());
  }

  @Provide
  Arbitrary<Integer> counts() {
    return Arbitraries.integers().between(0, 50);
  }
}
