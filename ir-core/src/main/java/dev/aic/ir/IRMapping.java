package dev.aic.ir;

import java.util.IdentityHashMap;
import java.util.Map;

/** Maps values, blocks and ops of original IR to their counterparts, as cloning fills it. */
public final class IRMapping {
  private final Map<Value, Value> values = new IdentityHashMap<>();
  private final Map<Block, Block> blocks = new IdentityHashMap<>();
  private final Map<Operation, Operation> operations = new IdentityHashMap<>();

  /** Maps {@code from} to {@code to}. */
  public void map(Value from, Value to) {
    values.put(from, to);
  }

  /** Maps {@code from} to {@code to}. */
  public void map(Block from, Block to) {
    blocks.put(from, to);
  }

  /** Maps {@code from} to {@code to}. */
  public void map(Operation from, Operation to) {
    operations.put(from, to);
  }

  /** The mapped value, or {@code value} itself when unmapped. */
  public Value lookupOrDefault(Value value) {
    return values.getOrDefault(value, value);
  }

  /** The mapped block, or {@code block} itself when unmapped. */
  public Block lookupOrDefault(Block block) {
    return blocks.getOrDefault(block, block);
  }

  /** The mapped value, or {@code null}. */
  public Value lookupOrNull(Value value) {
    return values.get(value);
  }

  /** The mapped op, or {@code null}. */
  public Operation lookupOrNull(Operation op) {
    return operations.get(op);
  }

  /** Whether {@code value} is mapped. */
  public boolean contains(Value value) {
    return values.containsKey(value);
  }
}
