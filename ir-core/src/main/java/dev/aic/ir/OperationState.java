package dev.aic.ir;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything needed to create an {@link Operation}, gathered piece by piece. */
public final class OperationState {
  Location location;
  OperationName name;
  // Empty lists are shared and replaced on the first addition: builders make a state per op, and
  // most ops have few operands and results and no successors or regions. Lists replaced so are
  // this state's own, and reset() empties them for reuse.
  List<Value> operands = List.of();
  List<Type> resultTypes = List.of();
  List<Block> successors = List.of();
  List<Region> regions = List.of();
  DictionaryAttr properties = DictionaryAttr.EMPTY;
  DictionaryAttr attributes = DictionaryAttr.EMPTY;

  /** Starts a state for an op called {@code name} at {@code location}. */
  public OperationState(Location location, OperationName name) {
    this.location = Objects.requireNonNull(location, "location");
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Empties this state for another op called {@code name} at {@code location}, keeping the room its
   * lists grew to: a parser fills one state per nesting level rather than making one per op. Ops
   * created from the state before keep nothing of it.
   */
  public OperationState reset(Location location, OperationName name) {
    this.location = Objects.requireNonNull(location, "location");
    this.name = Objects.requireNonNull(name, "name");
    operands = cleared(operands);
    resultTypes = cleared(resultTypes);
    successors = cleared(successors);
    regions = cleared(regions);
    properties = DictionaryAttr.EMPTY;
    attributes = DictionaryAttr.EMPTY;
    return this;
  }

  private static <T> List<T> cleared(List<T> list) {
    if (list instanceof ArrayList<T> own) {
      own.clear();
      return own;
    }
    return List.of();
  }

  /** Starts a state, interning {@code name} in {@code context}. */
  public OperationState(Context context, Location location, String name) {
    this(location, context.operationName(name));
  }

  /** Adds an operand. */
  public OperationState addOperand(Value operand) {
    operands = added(operands, Objects.requireNonNull(operand, "operand"), 1);
    return this;
  }

  /** Adds operands. */
  public OperationState addOperands(List<? extends Value> values) {
    for (int i = 0; i < values.size(); i++) {
      operands = added(operands, Objects.requireNonNull(values.get(i), "operand"), values.size());
    }
    return this;
  }

  /** Adds a result type. */
  public OperationState addType(Type type) {
    resultTypes = added(resultTypes, Objects.requireNonNull(type, "type"), 1);
    return this;
  }

  /** Adds result types. */
  public OperationState addTypes(List<? extends Type> types) {
    if (resultTypes.isEmpty()) {
      // Kept rather than copied when already immutable, as a function type's results are: the
      // generic parser passes them for every op.
      resultTypes = List.copyOf(types);
      return this;
    }
    for (int i = 0; i < types.size(); i++) {
      resultTypes = added(resultTypes, Objects.requireNonNull(types.get(i), "type"), types.size());
    }
    return this;
  }

  /** Adds a successor block. */
  public OperationState addSuccessor(Block block) {
    successors = added(successors, Objects.requireNonNull(block, "block"), 1);
    return this;
  }

  /** Adds an empty region. */
  public OperationState addRegion() {
    regions = added(regions, null, 1);
    return this;
  }

  /** Adds a region whose blocks are moved into the new op when it is created. */
  public OperationState addRegion(Region region) {
    regions = added(regions, Objects.requireNonNull(region, "region"), 1);
    return this;
  }

  /**
   * {@code list} with {@code item} added: a list of this state's own grows; a shared one (empty, or
   * immutable from {@link #addTypes}) gives way to a copy with room for {@code expected} more.
   */
  private static <T> List<T> added(List<T> list, T item, int expected) {
    List<T> growing = list;
    if (!(list instanceof ArrayList)) {
      growing = new ArrayList<>(Math.max(list.size() + expected, 2));
      if (!list.isEmpty()) {
        // ArrayList.addAll would copy even an empty list into an array of its own.
        growing.addAll(list);
      }
    }
    growing.add(item);
    return growing;
  }

  /** Sets an inherent attribute. */
  public OperationState addProperty(String name, Attribute value) {
    properties = properties.with(name, value);
    return this;
  }

  /** Replaces the inherent attributes. */
  public OperationState setProperties(DictionaryAttr dictionary) {
    properties = Objects.requireNonNull(dictionary, "dictionary");
    return this;
  }

  /**
   * Moves the attributes named in {@code names} from the discardable dictionary to the inherent
   * one, unless inherent attributes were given already; MLIR does this when a generic op of a
   * registered kind writes its inherent attributes in {@code {...}}.
   */
  public OperationState moveInherentAttributes(List<String> names) {
    if (!properties.isEmpty()) {
      return this;
    }
    for (String name : names) {
      Optional<Attribute> value = attributes.get(name);
      if (value.isPresent()) {
        attributes = attributes.without(name);
        properties = properties.with(name, value.get());
      }
    }
    return this;
  }

  /** Sets a discardable attribute. */
  public OperationState addAttribute(String name, Attribute value) {
    attributes = attributes.with(name, value);
    return this;
  }

  /** Replaces the discardable attributes. */
  public OperationState setAttributes(DictionaryAttr dictionary) {
    attributes = Objects.requireNonNull(dictionary, "dictionary");
    return this;
  }
}
