package dev.aic.text.print;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import java.util.ArrayDeque;
import org.eclipse.collections.impl.block.factory.HashingStrategies;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMapWithHashingStrategy;

/**
 * An int code for each value nested in one op, for {@link SsaNames}. When the {@linkplain
 * Value#serial() serial numbers} of those values span little more than their count, as for any
 * parsed module, the codes sit in arrays indexed by serial number: a lookup is one read next to the
 * lookups before it, where a hash table of a million identities costs a cache miss and an identity
 * hash code per value (docs/perf.md). Otherwise, or once two values share a number, the codes move
 * to an identity hash table.
 */
final class ValueCodes {
  /** The code of a value that has none. */
  static final int ABSENT = Integer.MIN_VALUE;

  private final int count;
  private final int base;
  // Indexed by serial - base while dense; null once the codes are hashed.
  private Value[] keys;
  private int[] codes;
  private ObjectIntHashMapWithHashingStrategy<Value> hashed;

  /** Room for the codes of the values nested in {@code root}, and its own results. */
  ValueCodes(Operation root) {
    int n = 0;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    ArrayDeque<Operation> ops = new ArrayDeque<>();
    ops.push(root);
    for (int i = 0; i < root.numResults(); i++) {
      min = Math.min(min, root.result(i).serial());
      max = Math.max(max, root.result(i).serial());
      n++;
    }
    while (!ops.isEmpty()) {
      Operation op = ops.pop();
      for (int r = 0; r < op.numRegions(); r++) {
        for (Block block : op.region(r).blocks()) {
          for (int i = 0; i < block.numArguments(); i++) {
            min = Math.min(min, block.argument(i).serial());
            max = Math.max(max, block.argument(i).serial());
            n++;
          }
          for (Operation nested : block.operations()) {
            for (int i = 0; i < nested.numResults(); i++) {
              min = Math.min(min, nested.result(i).serial());
              max = Math.max(max, nested.result(i).serial());
              n++;
            }
            if (nested.numRegions() != 0) {
              ops.push(nested);
            }
          }
        }
      }
    }
    this.count = n;
    long span = max - min + 1;
    if (n > 0 && span <= 2L * n + 1024) {
      base = (int) min;
      keys = new Value[(int) span];
      codes = new int[(int) span];
    } else {
      base = 0;
      hashed = new ObjectIntHashMapWithHashingStrategy<>(HashingStrategies.identityStrategy(), n);
    }
  }

  /** How many values {@code root} holds, its own results included. */
  int count() {
    return count;
  }

  /** The code of {@code value}, or {@link #ABSENT}. */
  int get(Value value) {
    if (keys == null) {
      return hashed.getIfAbsent(value, ABSENT);
    }
    int i = value.serial() - base;
    return i >= 0 && i < keys.length && keys[i] == value ? codes[i] : ABSENT;
  }

  /** Gives {@code value} the code {@code code}. */
  void put(Value value, int code) {
    if (keys != null) {
      int i = value.serial() - base;
      if (i >= 0 && i < keys.length && (keys[i] == null || keys[i] == value)) {
        keys[i] = value;
        codes[i] = code;
        return;
      }
      hashAll();
    }
    hashed.put(value, code);
  }

  /** The code of {@code value}, first giving it {@code code} if it has none. */
  int getIfAbsentPut(Value value, int code) {
    int known = get(value);
    if (known != ABSENT) {
      return known;
    }
    put(value, code);
    return code;
  }

  /** Moves the codes to the hash table, when two values share a serial number. */
  private void hashAll() {
    hashed = new ObjectIntHashMapWithHashingStrategy<>(HashingStrategies.identityStrategy(), count);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null) {
        hashed.put(keys[i], codes[i]);
      }
    }
    keys = null;
    codes = null;
  }
}
