package dev.aic.text.print;

import dev.aic.ir.Value;

/**
 * The codes of the values a printer named last, in a small direct-mapped table: an operand is
 * mostly a value defined a few lines up, and finding it here costs no cache miss, where the table
 * of all values (a million entries, say) costs one or two. One per printer, so printers on
 * different threads share nothing mutable.
 */
final class RecentCodes {
  private static final int SIZE = 1 << 10;

  private final Value[] values = new Value[SIZE];
  private final int[] codes = new int[SIZE];

  /** The code of {@code value}, or {@link SsaNames#UNNAMED} if it is not here. */
  int get(Value value) {
    int slot = slot(value);
    return values[slot] == value ? codes[slot] : SsaNames.UNNAMED;
  }

  /** Remembers the code of {@code value}, replacing whatever shared its slot. */
  void put(Value value, int code) {
    int slot = slot(value);
    values[slot] = value;
    codes[slot] = code;
  }

  private static int slot(Value value) {
    int hash = System.identityHashCode(value);
    return (hash ^ (hash >>> 16)) & (SIZE - 1);
  }
}
