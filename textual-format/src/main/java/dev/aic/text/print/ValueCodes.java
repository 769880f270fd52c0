package dev.aic.text.print;

import dev.aic.ir.Value;
import org.eclipse.collections.impl.block.factory.HashingStrategies;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMapWithHashingStrategy;

/**
 * An int code for each value, for {@link SsaNames}. While the {@linkplain Value#serial() serial
 * numbers} of the values given codes span little more than their count, as for any parsed module,
 * the codes sit in arrays indexed by serial number, grown as needed: a lookup is one read next to
 * the lookups before it, where a hash table of a million identities costs a cache miss and an
 * identity hash code per value (docs/perf.md). Once the numbers spread out, or two values share
 * one, the codes move to an identity hash table.
 */
final class ValueCodes {
  /** The code of a value that has none. */
  static final int ABSENT = Integer.MIN_VALUE;

  /**
   * How many slots per code the arrays may hold (plus {@link #SLACK}) before the codes are hashed:
   * values made on two threads at once (passes run in parallel) have their numbers from blocks the
   * threads took in turn, so those of one thread span about twice their count.
   */
  private static final int SPREAD = 4;

  /** Slots the arrays may hold beyond {@link #SPREAD} per code before the codes are hashed. */
  private static final int SLACK = 1024;

  private int count;
  // Indexed by serial - base while dense; null once the codes are hashed.
  private int base;
  private Value[] keys = new Value[16];
  private int[] codes = new int[16];
  private ObjectIntHashMapWithHashingStrategy<Value> hashed;
  private int resizes;

  /** How many values have a code. */
  int count() {
    return count;
  }

  /** How many times the arrays were made anew, for tests. */
  int resizes() {
    return resizes;
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
    if (keys != null && fits(value)) {
      int i = value.serial() - base;
      if (keys[i] == null) {
        count++;
        keys[i] = value;
        codes[i] = code;
        return;
      }
      if (keys[i] == value) {
        codes[i] = code;
        return;
      }
      hashAll();
    }
    if (hashed.getIfAbsent(value, ABSENT) == ABSENT) {
      count++;
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

  /**
   * Whether the arrays cover the serial number of {@code value}, once grown if they stay dense
   * enough; if not, the codes are hashed.
   */
  private boolean fits(Value value) {
    long serial = value.serial();
    if (count == 0) {
      base = value.serial();
    }
    long low = Math.min(base, serial);
    long high = Math.max((long) base + keys.length - 1, serial);
    if (low == base && high == (long) base + keys.length - 1) {
      return true;
    }
    long span = high - low + 1;
    if (span > (long) SPREAD * (count + 1) + SLACK) {
      hashAll();
      return false;
    }
    // Grow by half again at least, on the side the new number lies: numbers from blocks taken in
    // turn by two threads come with gaps, and growing just to the new number copied the arrays
    // once per block (a gigabyte of copies for a million values).
    long length = Math.max(span, keys.length + (keys.length >> 1));
    long newBase = serial < base ? high - length + 1 : base;
    if (newBase < Integer.MIN_VALUE || newBase + length - 1 > Integer.MAX_VALUE) {
      // Serial numbers wrapped around.
      hashAll();
      return false;
    }
    Value[] newKeys = new Value[(int) length];
    int[] newCodes = new int[(int) length];
    System.arraycopy(keys, 0, newKeys, (int) (base - newBase), keys.length);
    System.arraycopy(codes, 0, newCodes, (int) (base - newBase), keys.length);
    keys = newKeys;
    codes = newCodes;
    resizes++;
    base = (int) newBase;
    return true;
  }

  /** Moves the codes to the identity hash table. */
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
