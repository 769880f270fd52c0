package dev.aic.ir;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.Location;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.type.Type;
import java.util.AbstractList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one generic operation: a name, a location, operands, results, successors, regions, inherent
 * attributes (MLIR's properties) and discardable attributes. Typed ops are views over it.
 *
 * <p>An operation lives on its block's intrusive list; {@link #isBeforeInBlock} uses an order index
 * the block keeps lazily. Create one with {@link #create(OperationState)}, or through an {@link
 * OpBuilder} that also inserts it.
 */
public final class Operation {
  // Most ops have no successors and no regions; they share these.
  private static final OpOperand[] NO_OPERANDS = new OpOperand[0];
  private static final BlockOperand[] NO_SUCCESSORS = new BlockOperand[0];
  private static final Region[] NO_REGIONS = new Region[0];

  private final OperationName name;
  private Location location;
  // Exact size: most ops never change their operands, and a million ops parse at once.
  private OpOperand[] operands;
  // null, one OpResult, or an OpResult[] of two or more: most ops have one result, and a million
  // ops parse at once, so the single result goes without an array around it.
  private final Object results;
  private final BlockOperand[] successors;
  private final Region[] regions;
  private DictionaryAttr properties;
  private DictionaryAttr attributes;

  Block parent;
  Operation prev;
  Operation next;
  long orderIndex;

  private Operation(OperationState state) {
    this.name = state.name;
    this.location = state.location;
    this.operands = state.operands.isEmpty() ? NO_OPERANDS : new OpOperand[state.operands.size()];
    for (int i = 0; i < operands.length; i++) {
      operands[i] = new OpOperand(this, i, state.operands.get(i));
    }
    int numResults = state.resultTypes.size();
    if (numResults == 1) {
      this.results = new OpResult(this, 0, state.resultTypes.get(0));
    } else if (numResults == 0) {
      this.results = null;
    } else {
      OpResult[] all = new OpResult[numResults];
      for (int i = 0; i < numResults; i++) {
        all[i] = new OpResult(this, i, state.resultTypes.get(i));
      }
      this.results = all;
    }
    this.successors =
        state.successors.isEmpty() ? NO_SUCCESSORS : new BlockOperand[state.successors.size()];
    for (int i = 0; i < successors.length; i++) {
      successors[i] = new BlockOperand(this, i, state.successors.get(i));
    }
    this.regions = state.regions.isEmpty() ? NO_REGIONS : new Region[state.regions.size()];
    for (int i = 0; i < regions.length; i++) {
      regions[i] = new Region(this);
      Region given = state.regions.get(i);
      if (given != null) {
        given.takeBody(regions[i]);
      }
    }
    this.properties = state.properties;
    this.attributes = state.attributes;
  }

  /** Creates a detached operation from {@code state}; regions given in it are moved in. */
  public static Operation create(OperationState state) {
    return new Operation(state);
  }

  // ---- identity -------------------------------------------------------------------------------

  /** The interned name. */
  public OperationName name() {
    return name;
  }

  /** The context the op belongs to. */
  public Context context() {
    return name.context();
  }

  /** The definition, or {@code null} for an unregistered op. */
  public OpDefinition definition() {
    return name.definitionOrNull();
  }

  /** Whether the op's name is registered. */
  public boolean isRegistered() {
    return name.isRegistered();
  }

  /** Whether the op's definition declares a trait of this class. */
  public boolean hasTrait(Class<? extends OpTrait> traitClass) {
    OpDefinition definition = name.definitionOrNull();
    return definition != null && definition.hasTrait(traitClass);
  }

  /** The op's implementation of an interface, if its definition provides one. */
  public <I> Optional<I> interfaceImpl(Class<I> iface) {
    OpDefinition definition = name.definitionOrNull();
    return definition == null ? Optional.empty() : definition.interfaceImpl(iface);
  }

  /** The location. */
  public Location location() {
    return location;
  }

  /** Changes the location. */
  public void setLocation(Location location) {
    this.location = Objects.requireNonNull(location, "location");
  }

  // ---- operands -------------------------------------------------------------------------------

  /** The number of operands. */
  public int numOperands() {
    return operands.length;
  }

  /** The {@code index}-th operand value. */
  public Value operand(int index) {
    return operands[index].get();
  }

  /** The operand values, as a live read-only view. */
  public List<Value> operands() {
    return new AbstractList<>() {
      @Override
      public Value get(int index) {
        return operands[index].get();
      }

      @Override
      public int size() {
        return operands.length;
      }
    };
  }

  /** The operand slots, as a live read-only view. */
  public List<OpOperand> opOperands() {
    return new AbstractList<>() {
      @Override
      public OpOperand get(int index) {
        return operands[index];
      }

      @Override
      public int size() {
        return operands.length;
      }
    };
  }

  /** Makes the {@code index}-th operand use {@code value}. */
  public void setOperand(int index, Value value) {
    operands[index].set(value);
  }

  /** Replaces all operands; the count may change. */
  public void setOperands(List<? extends Value> values) {
    int common = Math.min(values.size(), operands.length);
    for (int i = 0; i < common; i++) {
      operands[i].set(values.get(i));
    }
    if (values.size() < operands.length) {
      eraseOperands(values.size(), operands.length - values.size());
    } else {
      insertOperands(operands.length, values.subList(common, values.size()));
    }
  }

  /** Inserts operands before position {@code index}. */
  public void insertOperands(int index, List<? extends Value> values) {
    Objects.checkIndex(index, operands.length + 1);
    OpOperand[] grown = new OpOperand[operands.length + values.size()];
    System.arraycopy(operands, 0, grown, 0, index);
    System.arraycopy(operands, index, grown, index + values.size(), operands.length - index);
    for (int i = 0; i < values.size(); i++) {
      grown[index + i] = new OpOperand(this, index + i, values.get(i));
    }
    operands = grown;
    renumberOperands(index + values.size());
  }

  /** Erases {@code count} operands starting at {@code index}. */
  public void eraseOperands(int index, int count) {
    Objects.checkFromIndexSize(index, count, operands.length);
    for (int i = index; i < index + count; i++) {
      operands[i].drop();
    }
    OpOperand[] shrunk = new OpOperand[operands.length - count];
    System.arraycopy(operands, 0, shrunk, 0, index);
    System.arraycopy(operands, index + count, shrunk, index, shrunk.length - index);
    operands = shrunk;
    renumberOperands(index);
  }

  private void renumberOperands(int from) {
    for (int i = from; i < operands.length; i++) {
      operands[i].index = i;
    }
  }

  // ---- results --------------------------------------------------------------------------------

  /** The number of results. */
  public int numResults() {
    if (results instanceof OpResult) {
      return 1;
    }
    return results == null ? 0 : ((OpResult[]) results).length;
  }

  /** The {@code index}-th result. */
  public OpResult result(int index) {
    if (results instanceof OpResult single) {
      Objects.checkIndex(index, 1);
      return single;
    }
    if (results == null) {
      throw new IndexOutOfBoundsException("op " + name + " has no results");
    }
    return ((OpResult[]) results)[index];
  }

  /** The results. */
  public List<OpResult> results() {
    if (results instanceof OpResult single) {
      return List.of(single);
    }
    return results == null ? List.of() : List.of((OpResult[]) results);
  }

  /** The result types. */
  public List<Type> resultTypes() {
    Type[] types = new Type[numResults()];
    for (int i = 0; i < types.length; i++) {
      types[i] = result(i).type();
    }
    return Arrays.asList(types);
  }

  /** The operand types. */
  public List<Type> operandTypes() {
    Type[] types = new Type[operands.length];
    for (int i = 0; i < types.length; i++) {
      types[i] = operands[i].get().type();
    }
    return Arrays.asList(types);
  }

  /** Whether no result has a use. */
  public boolean hasNoUses() {
    for (int i = 0; i < numResults(); i++) {
      if (!result(i).hasNoUses()) {
        return false;
      }
    }
    return true;
  }

  /** Replaces every use of each result with the corresponding value. */
  public void replaceAllUsesWith(List<? extends Value> values) {
    if (values.size() != numResults()) {
      throw new IllegalArgumentException(
          name + " has " + numResults() + " results, not " + values.size());
    }
    for (int i = 0; i < values.size(); i++) {
      result(i).replaceAllUsesWith(values.get(i));
    }
  }

  /** Replaces every use of each result with the corresponding result of {@code other}. */
  public void replaceAllUsesWith(Operation other) {
    replaceAllUsesWith(other.results());
  }

  // ---- successors -----------------------------------------------------------------------------

  /** The number of successor blocks. */
  public int numSuccessors() {
    return successors.length;
  }

  /** The {@code index}-th successor block. */
  public Block successor(int index) {
    return successors[index].get();
  }

  /** Makes the {@code index}-th successor branch to {@code block}. */
  public void setSuccessor(int index, Block block) {
    successors[index].set(block);
  }

  /** The successor blocks. */
  public List<Block> successors() {
    if (successors.length == 0) {
      // Most ops: no list made per op in walks over a million of them.
      return List.of();
    }
    List<Block> blocks = new ArrayList<>(successors.length);
    for (BlockOperand successor : successors) {
      blocks.add(successor.get());
    }
    return Collections.unmodifiableList(blocks);
  }

  /** The successor slots. */
  public List<BlockOperand> blockOperands() {
    return List.of(successors);
  }

  // ---- regions --------------------------------------------------------------------------------

  /** The number of regions. */
  public int numRegions() {
    return regions.length;
  }

  /** The {@code index}-th region. */
  public Region region(int index) {
    return regions[index];
  }

  /** The regions. */
  public List<Region> regions() {
    return List.of(regions);
  }

  // ---- attributes -----------------------------------------------------------------------------

  /** The inherent attributes (MLIR's properties), printed {@code <{...}>} in generic form. */
  public DictionaryAttr properties() {
    return properties;
  }

  /** The inherent attribute {@code name}, if set. */
  public Optional<Attribute> property(String name) {
    return properties.get(name);
  }

  /** Sets an inherent attribute. */
  public void setProperty(String name, Attribute value) {
    properties = properties.with(name, value);
  }

  /** Removes an inherent attribute. */
  public void removeProperty(String name) {
    properties = properties.without(name);
  }

  /** Replaces all inherent attributes. */
  public void setProperties(DictionaryAttr properties) {
    this.properties = Objects.requireNonNull(properties, "properties");
  }

  /** The discardable attributes, printed {@code {...}}. */
  public DictionaryAttr attributes() {
    return attributes;
  }

  /** The discardable attribute {@code name}, if set. */
  public Optional<Attribute> attribute(String name) {
    return attributes.get(name);
  }

  /** Sets a discardable attribute. */
  public void setAttribute(String name, Attribute value) {
    attributes = attributes.with(name, value);
  }

  /** Removes a discardable attribute. */
  public void removeAttribute(String name) {
    attributes = attributes.without(name);
  }

  /** Replaces all discardable attributes. */
  public void setAttributes(DictionaryAttr attributes) {
    this.attributes = Objects.requireNonNull(attributes, "attributes");
  }

  /** The inherent attribute {@code name} if set, else the discardable one. */
  public Optional<Attribute> inherentOrDiscardable(String name) {
    Optional<Attribute> inherent = properties.get(name);
    return inherent.isPresent() ? inherent : attributes.get(name);
  }

  // ---- position -------------------------------------------------------------------------------

  /** The block holding this op, or {@code null} if detached. */
  public Block parentBlock() {
    return parent;
  }

  /** The region holding this op, or {@code null}. */
  public Region parentRegion() {
    return parent == null ? null : parent.parent();
  }

  /** The op whose region holds this op, or {@code null}. */
  public Operation parentOp() {
    Region region = parentRegion();
    return region == null ? null : region.parentOp();
  }

  /** The closest enclosing op with this name, or {@code null}. */
  public Operation parentOfName(String opName) {
    for (Operation p = parentOp(); p != null; p = p.parentOp()) {
      if (p.name.name().equals(opName)) {
        return p;
      }
    }
    return null;
  }

  /** The next op in the block, or {@code null}. */
  public Operation next() {
    return next;
  }

  /** The previous op in the block, or {@code null}. */
  public Operation prev() {
    return prev;
  }

  /**
   * Whether this op comes before {@code other} in their common block. Amortised O(1): the block
   * numbers its ops lazily and keeps the numbering across most insertions.
   */
  public boolean isBeforeInBlock(Operation other) {
    if (parent == null || parent != other.parent) {
      throw new IllegalArgumentException("ops are not in the same block");
    }
    parent.ensureOrder();
    return orderIndex < other.orderIndex;
  }

  /** Whether this op is {@code other} or contains it in a nested region. */
  public boolean isAncestor(Operation other) {
    for (Operation op = other; op != null; op = op.parentOp()) {
      if (op == this) {
        return true;
      }
    }
    return false;
  }

  /** Whether this op contains {@code other} in a nested region. */
  public boolean isProperAncestor(Operation other) {
    return other != this && isAncestor(other);
  }

  /** Unlinks the op from its block, keeping it alive and its operands in place. */
  public void remove() {
    if (parent == null) {
      throw new IllegalStateException(name + " is not in a block");
    }
    parent.unlink(this);
  }

  /** Moves the op right before {@code target}, possibly into another block. */
  public void moveBefore(Operation target) {
    if (target == this) {
      return;
    }
    if (parent != null) {
      parent.unlink(this);
    }
    target.parent.linkBefore(this, target);
  }

  /** Moves the op right after {@code target}, possibly into another block. */
  public void moveAfter(Operation target) {
    if (target == this) {
      return;
    }
    if (parent != null) {
      parent.unlink(this);
    }
    target.parent.linkAfter(this, target);
  }

  /**
   * Unlinks the op and drops everything it refers to: its operands' uses, its successors, and
   * recursively all ops in its regions. Its results must have no uses outside the op; if they do,
   * nothing changes and an {@link IllegalStateException} is thrown.
   */
  public void erase() {
    for (int i = 0; i < numResults(); i++) {
      if (result(i).isUsedOutsideOf(this)) {
        throw new IllegalStateException("erasing " + name + " whose result still has uses");
      }
    }
    if (parent != null) {
      parent.unlink(this);
    }
    dropAllReferences();
  }

  /** Drops the uses this op and the ops in its regions make, so they can be erased in any order. */
  public void dropAllReferences() {
    for (OpOperand operand : operands) {
      operand.drop();
    }
    for (BlockOperand successor : successors) {
      successor.drop();
    }
    for (Region region : regions) {
      region.dropAllReferences();
    }
  }

  // ---- walks and cloning ----------------------------------------------------------------------

  /**
   * Visits this op and every op nested in it, in {@code order}; the visitor may erase the op it is
   * given in post-order, and may skip an op's regions (pre-order) or stop the walk. The walk keeps
   * its own stack, so nesting depth is not limited by the Java stack.
   *
   * @return {@link WalkResult#INTERRUPT} if the visitor stopped the walk
   */
  public WalkResult walk(WalkOrder order, Function<Operation, WalkResult> visitor) {
    boolean preOrder = order == WalkOrder.PRE_ORDER;
    if (preOrder) {
      WalkResult result = visitor.apply(this);
      if (result != WalkResult.ADVANCE) {
        return result == WalkResult.INTERRUPT ? result : WalkResult.ADVANCE;
      }
    }
    ArrayDeque<NestedOps> stack = new ArrayDeque<>();
    stack.push(new NestedOps(this));
    while (!stack.isEmpty()) {
      NestedOps top = stack.peek();
      Operation next = top.next();
      if (next == null) {
        stack.pop();
        if (!preOrder && visitor.apply(top.parent) == WalkResult.INTERRUPT) {
          return WalkResult.INTERRUPT;
        }
        continue;
      }
      if (preOrder) {
        WalkResult result = visitor.apply(next);
        if (result == WalkResult.INTERRUPT) {
          return result;
        }
        if (result == WalkResult.SKIP) {
          continue;
        }
      }
      stack.push(new NestedOps(next));
    }
    return WalkResult.ADVANCE;
  }

  /**
   * The ops directly nested in one op, region by region and block by block, read one ahead so the
   * op handed out may be erased.
   */
  private static final class NestedOps {
    final Operation parent;
    private int regionIndex;
    private Block block;
    private Operation pending;

    NestedOps(Operation parent) {
      this.parent = parent;
      this.regionIndex = -1;
    }

    Operation next() {
      while (pending == null) {
        if (block != null) {
          block = block.next();
        }
        while (block == null) {
          if (++regionIndex >= parent.regions.length) {
            return null;
          }
          block = parent.regions[regionIndex].firstBlock();
        }
        pending = block.firstOp();
      }
      Operation current = pending;
      pending = current.next;
      return current;
    }
  }

  /** Visits this op and every op nested in it in post-order, as MLIR's default walk does. */
  public void walk(Consumer<Operation> visitor) {
    ArrayDeque<NestedOps> stack = new ArrayDeque<>();
    stack.push(new NestedOps(this));
    while (!stack.isEmpty()) {
      Operation next = stack.peek().next();
      if (next == null) {
        visitor.accept(stack.pop().parent);
      } else {
        stack.push(new NestedOps(next));
      }
    }
  }

  /** Visits, in post-order, the ops nested here (this one included) that {@code view} matches. */
  public <T extends OpView> void walk(Class<T> view, Consumer<? super T> visitor) {
    OpViews.Matcher<T> matcher = OpViews.matcher(view);
    walk(op -> matcher.match(op).ifPresent(visitor));
  }

  /** A deep copy, detached, with operands remapped through {@code mapping} where mapped. */
  public Operation clone(IRMapping mapping) {
    Operation copy = cloneWithoutRegions(mapping);
    for (int i = 0; i < regions.length; i++) {
      regions[i].cloneInto(copy.regions[i], mapping);
    }
    return copy;
  }

  /** A deep copy with a fresh mapping. */
  public Operation copy() {
    return clone(new IRMapping());
  }

  /** A copy with the same number of regions, all empty; results are mapped in {@code mapping}. */
  public Operation cloneWithoutRegions(IRMapping mapping) {
    OperationState state = new OperationState(location, name);
    for (OpOperand operand : operands) {
      state.addOperand(mapping.lookupOrDefault(operand.get()));
    }
    for (int i = 0; i < numResults(); i++) {
      state.addType(result(i).type());
    }
    for (BlockOperand successor : successors) {
      state.addSuccessor(mapping.lookupOrDefault(successor.get()));
    }
    for (int i = 0; i < regions.length; i++) {
      state.addRegion();
    }
    state.setProperties(properties);
    state.setAttributes(attributes);
    Operation copy = new Operation(state);
    mapping.map(this, copy);
    for (int i = 0; i < numResults(); i++) {
      mapping.map(result(i), copy.result(i));
    }
    return copy;
  }

  // ---- diagnostics ----------------------------------------------------------------------------

  /** Emits an error at this op's location. */
  public Diagnostic emitError(String message, Note... notes) {
    return emit(Severity.ERROR, message, notes);
  }

  /** Emits an error prefixed with the op's name, {@code 'arith.addi' op ...}, as verifiers do. */
  public Diagnostic emitOpError(String message, Note... notes) {
    return emit(Severity.ERROR, "'" + name.name() + "' op " + message, notes);
  }

  /** Emits a warning at this op's location. */
  public Diagnostic emitWarning(String message, Note... notes) {
    return emit(Severity.WARNING, message, notes);
  }

  /** Emits a remark at this op's location. */
  public Diagnostic emitRemark(String message, Note... notes) {
    return emit(Severity.REMARK, message, notes);
  }

  private Diagnostic emit(Severity severity, String message, Note... notes) {
    Diagnostic diagnostic = new Diagnostic(severity, location, message, List.of(notes));
    context().diagnostics().emit(diagnostic);
    return diagnostic;
  }

  /** A short description for debugging: the name and location; the printer gives the IR text. */
  @Override
  public String toString() {
    return "'" + name.name() + "' at " + location;
  }
}
