package dev.aic.ir.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.diag.Note;
import dev.aic.ir.symbol.SymbolTable;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each structural rule and trait of the verifier, with the exact message MLIR 22 gives for the same
 * mistake (checked with {@code mlir-opt-22} where MLIR can express it in text).
 */
class VerifierTest {
  private Context context;
  private TestIr ir;
  private Type t;

  @BeforeEach
  void setUp() {
    context = TestDialect.newContext();
    ir = new TestIr(context);
    t = ir.type("t");
  }

  /** Verifies {@code op}, expecting failure, and returns the single diagnostic. */
  private Diagnostic failure(Operation op) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(Verifier.verify(op), "verification should fail");
      List<Diagnostic> diagnostics = capture.diagnostics();
      assertEquals(1, diagnostics.size(), () -> "one diagnostic expected: " + diagnostics);
      return diagnostics.get(0);
    }
  }

  private void assertValid(Operation op) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertTrue(Verifier.verify(op), () -> "unexpected: " + capture.diagnostics());
      assertEquals(List.of(), capture.diagnostics());
    }
  }

  private static String notes(Diagnostic d) {
    return d.notes().stream().map(Note::message).collect(Collectors.joining("|"));
  }

  /** A {@code test.func} named {@code name} with one entry block, inside {@code module}. */
  private Block func(Operation module, String name) {
    Operation func = ir.op("test.func", List.of(), List.of(), 1);
    func.setProperty(SymbolTable.SYMBOL_NAME, new StringAttr(name));
    module.region(0).firstBlock().append(func);
    return ir.block(func.region(0));
  }

  @Test
  void acceptsWellFormedIr() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation def = ir.append(body, "test.op", List.of(), List.of(t));
    ir.append(body, "test.unary", List.of(def.result(0)), List.of(t));
    ir.append(body, "test.return", List.of(), List.of());
    assertValid(module);
  }

  @Test
  void useBeforeDefinitionInOneBlock() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation use = ir.append(body, "test.op", List.of(), List.of());
    Operation def = ir.append(body, "test.op", List.of(), List.of(t));
    use.insertOperands(0, List.of(def.result(0)));
    ir.append(body, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operand #0 does not dominate this use", d.message());
    assertEquals(use.location(), d.location());
    assertEquals("operand defined here (op in the same block)", notes(d));
    assertEquals(def.location(), d.notes().get(0).location());
  }

  @Test
  void useInSiblingBlockThatIsNotDominated() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    Region region = entry.parent();
    Block left = ir.block(region);
    Block right = ir.block(region);
    entry.append(condBr(left, right));
    Operation def = ir.append(left, "test.op", List.of(), List.of(t));
    ir.append(left, "test.return", List.of(), List.of());
    ir.append(right, "test.op", List.of(def.result(0)), List.of());
    ir.append(right, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operand #0 does not dominate this use", d.message());
    assertEquals("operand defined here (op in the same region)", notes(d));
  }

  private Operation condBr(Block a, Block b) {
    OperationState state = new OperationState(context, ir.nextLoc(), "test.cond_br");
    return Operation.create(state.addSuccessor(a).addSuccessor(b));
  }

  @Test
  void resultUsedInsideItsOwnRegion() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation holder = ir.op("test.op", List.of(), List.of(t), 1);
    body.append(holder);
    Block inner = ir.block(holder.region(0));
    ir.append(inner, "test.op", List.of(holder.result(0)), List.of());
    ir.append(inner, "test.terminator", List.of(), List.of());
    ir.append(body, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operand #0 does not dominate this use", d.message());
    assertEquals("operand defined here (op in a parent region)", notes(d));
  }

  @Test
  void valueOfAChildRegionUsedOutside() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation holder = ir.op("test.op", List.of(), List.of(), 1);
    body.append(holder);
    Block inner = ir.block(holder.region(0));
    Operation def = ir.append(inner, "test.op", List.of(), List.of(t));
    ir.append(inner, "test.terminator", List.of(), List.of());
    ir.append(body, "test.op", List.of(def.result(0)), List.of());
    ir.append(body, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operand defined here (op in a child region)", notes(d));
  }

  @Test
  void blockArgumentOfANonDominatingBlock() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    Region region = entry.parent();
    Block left = ir.block(region, t);
    Block right = ir.block(region);
    entry.append(condBr(left, right));
    ir.append(left, "test.return", List.of(), List.of());
    ir.append(right, "test.op", List.of(left.argument(0)), List.of());
    ir.append(right, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operand #0 does not dominate this use", d.message());
    assertEquals("operand defined as a block argument (block #1 in the same region)", notes(d));
  }

  @Test
  void graphRegionsAllowUseBeforeDefinition() {
    Operation graph = ir.op("test.graph", List.of(), List.of(), 1);
    Block body = ir.block(graph.region(0));
    Operation use = ir.append(body, "test.op", List.of(), List.of(t));
    Operation def = ir.append(body, "test.op", List.of(use.result(0)), List.of(t));
    use.insertOperands(0, List.of(def.result(0)));
    assertValid(graph);
  }

  @Test
  void graphRegionWithTwoBlocks() {
    Operation graph = ir.op("test.graph", List.of(), List.of(), 1);
    ir.block(graph.region(0));
    ir.block(graph.region(0));
    assertEquals(
        "'test.graph' op expects graph region #0 to have 0 or 1 blocks", failure(graph).message());
  }

  @Test
  void unreachableBlocksAreNotCheckedForDominance() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    ir.append(entry, "test.return", List.of(), List.of());
    Block dead = ir.block(entry.parent());
    Operation use = ir.append(dead, "test.op", List.of(), List.of());
    Operation def = ir.append(dead, "test.op", List.of(), List.of(t));
    use.insertOperands(0, List.of(def.result(0)));
    ir.append(dead, "test.return", List.of(), List.of());
    assertValid(module);
  }

  @Test
  void terminatorMustBeLast() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation ret = ir.append(body, "test.return", List.of(), List.of());
    ir.append(body, "test.terminator", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("'test.return' op must be the last operation in the parent block", d.message());
    assertEquals(ret.location(), d.location());
  }

  @Test
  void blockWithoutTerminator() {
    Operation module = ir.module();
    Block body = func(module, "f");
    Operation def = ir.append(body, "test.op", List.of(), List.of(t));
    Operation last = ir.append(body, "test.unary", List.of(def.result(0)), List.of(t));
    Diagnostic d = failure(module);
    assertEquals("block with no terminator, has \"test.unary\"", d.message());
    assertEquals(last.location(), d.location());
  }

  @Test
  void emptyBlockInAMultiBlockRegion() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    Operation func = entry.parentOp();
    Block next = ir.block(entry.parent());
    Operation br =
        Operation.create(new OperationState(context, ir.nextLoc(), "test.br").addSuccessor(next));
    entry.append(br);
    Diagnostic d = failure(module);
    assertEquals("empty block: expect at least a terminator", d.message());
    assertEquals(func.location(), d.location());
  }

  @Test
  void entryBlockWithPredecessors() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    entry.append(
        Operation.create(new OperationState(context, ir.nextLoc(), "test.br").addSuccessor(entry)));
    Diagnostic d = failure(module);
    assertEquals("entry block of region may not have predecessors", d.message());
    assertEquals(entry.parentOp().location(), d.location());
  }

  @Test
  void successorsOnlyOnTheLastOp() {
    Operation module = ir.module();
    Block entry = func(module, "f");
    Block next = ir.block(entry.parent());
    ir.append(next, "test.return", List.of(), List.of());
    Operation branching =
        Operation.create(new OperationState(context, ir.nextLoc(), "test.op").addSuccessor(next));
    entry.append(branching);
    ir.append(entry, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("operation with block successors must terminate its parent block", d.message());
    assertEquals(branching.location(), d.location());
  }

  @Test
  void branchIntoAnotherRegion() {
    Operation module = ir.module();
    Block f = func(module, "f");
    Block g = func(module, "g");
    ir.append(g, "test.return", List.of(), List.of());
    f.append(
        Operation.create(new OperationState(context, ir.nextLoc(), "test.br").addSuccessor(g)));
    assertEquals("reference to block defined in another region", failure(module).message());
  }

  @Test
  void unregisteredBranchIntoAnotherRegion() {
    Operation module = ir.module();
    Block f = func(module, "f");
    Block g = func(module, "g");
    ir.append(g, "test.return", List.of(), List.of());
    f.append(
        Operation.create(new OperationState(context, ir.nextLoc(), "test.op").addSuccessor(g)));
    assertEquals(
        "'test.op' op branching to block of a different region", failure(module).message());
  }

  @Test
  void isolatedFromAbove() {
    Operation module = ir.module();
    Block f = func(module, "f");
    Operation outer = ir.append(f, "test.op", List.of(), List.of(t));
    Operation holder = ir.op("test.module", List.of(), List.of(), 1);
    holder.region(0).append(new Block());
    f.append(holder);
    ir.append(f, "test.return", List.of(), List.of());
    Block inner = func(holder, "inner");
    Operation user = ir.append(inner, "test.op", List.of(outer.result(0)), List.of());
    ir.append(inner, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("'test.op' op using value defined outside the region", d.message());
    assertEquals(user.location(), d.location());
    assertEquals("required by region isolation constraints", notes(d));
    assertEquals(inner.parentOp().location(), d.notes().get(0).location());
  }

  @Test
  void symbolRedefinition() {
    Operation module = ir.module();
    Block f1 = func(module, "f");
    ir.append(f1, "test.return", List.of(), List.of());
    Block f2 = func(module, "f");
    ir.append(f2, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("redefinition of symbol named 'f'", d.message());
    assertEquals(f2.parentOp().location(), d.location());
    assertEquals("see existing symbol definition here", notes(d));
    assertEquals(f1.parentOp().location(), d.notes().get(0).location());
  }

  @Test
  void symbolNeedsAName() {
    Operation module = ir.module();
    Operation func = ir.op("test.func", List.of(), List.of(), 1);
    module.region(0).firstBlock().append(func);
    ir.append(ir.block(func.region(0)), "test.return", List.of(), List.of());
    assertEquals("'test.func' op requires string attribute 'sym_name'", failure(module).message());
  }

  @Test
  void symbolVisibilityIsChecked() {
    Operation module = ir.module();
    Block f = func(module, "f");
    ir.append(f, "test.return", List.of(), List.of());
    f.parentOp().setAttribute(SymbolTable.VISIBILITY, new StringAttr("bogus"));
    assertEquals(
        "'test.func' op visibility expected to be one of [\"public\", \"private\", \"nested\"],"
            + " but got \"bogus\"",
        failure(module).message());
  }

  @Test
  void symbolUsersAreVerifiedAgainstTheTable() {
    Operation module = ir.module();
    Block f = func(module, "f");
    Operation call = ir.append(f, "test.call", List.of(), List.of());
    call.setAttribute("callee", SymbolRefAttr.flat("f"));
    ir.append(f, "test.return", List.of(), List.of());
    assertValid(module);
    call.setAttribute("callee", SymbolRefAttr.flat("missing"));
    Diagnostic d = failure(module);
    assertEquals("'test.call' op '@missing' does not reference a valid symbol", d.message());
  }

  @Test
  void unregisteredDialect() {
    Operation op = ir.op("foo.bar", List.of(), List.of(), 0);
    assertEquals(
        "'foo.bar' op created with unregistered dialect. If this is intended, please call"
            + " allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect"
            + " with the MLIR opt tool used",
        failure(op).message());
    context.setAllowUnregisteredDialects(true);
    assertValid(op);
  }

  @Test
  void unknownOpOfALoadedDialect() {
    context.setAllowUnregisteredDialects(true);
    Operation op = ir.op("test.nope", List.of(), List.of(), 0);
    assertEquals(
        "unregistered operation 'test.nope' found in dialect ('test') that does not allow"
            + " unknown operations",
        failure(op).message());
  }

  @Test
  void countTraits() {
    Value v = ir.op("test.op", List.of(), List.of(t), 0).result(0);
    assertEquals(
        "'test.unary' op requires a single operand",
        failure(ir.op("test.unary", List.of(), List.of(t), 0)).message());
    assertEquals(
        "'test.unary' op requires one result",
        failure(ir.op("test.unary", List.of(v), List.of(), 0)).message());
    assertEquals(
        "'test.unary' op requires zero regions",
        failure(ir.op("test.unary", List.of(v), List.of(t), 1)).message());
  }

  @Test
  void sameTypeOperands() {
    Value a = ir.op("test.op", List.of(), List.of(t), 0).result(0);
    Value b = ir.op("test.op", List.of(), List.of(ir.type("u")), 0).result(0);
    assertValid(ir.op("test.same_types", List.of(a, a), List.of(), 0));
    assertEquals(
        "'test.same_types' op requires all operands to have the same type",
        failure(ir.op("test.same_types", List.of(a, b), List.of(), 0)).message());
  }

  @Test
  void hasParent() {
    Operation wrong = ir.op("test.op", List.of(), List.of(), 1);
    ir.append(ir.block(wrong.region(0)), "test.child", List.of(), List.of());
    assertEquals("'test.child' op expects parent op 'test.single_block'", failure(wrong).message());
  }

  @Test
  void singleBlockImplicitTerminator() {
    Operation op = ir.op("test.single_block", List.of(), List.of(), 1);
    Block body = ir.block(op.region(0));
    ir.append(body, "test.child", List.of(), List.of());
    ir.append(body, "test.terminator", List.of(), List.of());
    assertValid(op);

    // A missing terminator is a block error, found before the op's region check, as in MLIR.
    body.lastOp().erase();
    assertEquals("block with no terminator, has \"test.child\"", failure(op).message());

    ir.append(body, "test.return", List.of(), List.of());
    Diagnostic d = failure(op);
    assertEquals(
        "'test.single_block' op expects regions to end with 'test.terminator', found 'test.return'",
        d.message());
    assertEquals(
        "in custom textual format, the absence of terminator implies 'test.terminator'", notes(d));

    ir.block(op.region(0));
    assertEquals(
        "'test.single_block' op expects region #0 to have 0 or 1 blocks", failure(op).message());
  }

  @Test
  void customVerifierRunsAfterTraits() {
    assertEquals(
        "'test.positive' op expects at least one operand",
        failure(ir.op("test.positive", List.of(), List.of(), 0)).message());
  }

  @Test
  void stopsAtTheFirstFailure() {
    Operation module = ir.module();
    Block body = func(module, "f");
    ir.append(body, "test.unary", List.of(), List.of(t));
    ir.append(body, "test.unary", List.of(), List.of(t));
    ir.append(body, "test.return", List.of(), List.of());
    Diagnostic d = failure(module);
    assertEquals("'test.unary' op requires a single operand", d.message());
    assertEquals(body.firstOp().location(), d.location());
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() {
    context.setAllowUnregisteredDialects(true);
    Operation root = ir.op("foo.nest", List.of(), List.of(), 1);
    Operation current = root;
    for (int i = 0; i < 50_000; i++) {
      Block block = new Block();
      current.region(0).append(block);
      Operation next = ir.op("foo.nest", List.of(), List.of(), 1);
      block.append(next);
      current = next;
    }
    Value v = ir.op("test.op", List.of(), List.of(t), 0).result(0);
    Block deepest = new Block();
    current.region(0).append(deepest);
    ir.append(deepest, "test.unary", List.of(), List.of(v.type()));
    assertEquals("'test.unary' op requires a single operand", failure(root).message());
  }
}
