package dev.aic.ir;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands out {@link Value#serial()} numbers: each thread takes blocks of numbers from one shared
 * counter and uses them in order, so the values a thread makes together (a parsed module, a
 * rewritten function) get numbers close together without threads contending per value.
 */
final class ValueSerials {
  private static final int BLOCK = 1 << 12;
  private static final AtomicInteger CLAIMED = new AtomicInteger();

  /** The next number and the end of the block, per thread. */
  private static final ThreadLocal<int[]> RANGES =
      new ThreadLocal<>() {
        // A subclass rather than withInitial(lambda): the first lambda of a run costs JDK 17
        // about 10 ms of start-up (docs/perf.md).
        @Override
        protected int[] initialValue() {
          return new int[2];
        }
      };

  private ValueSerials() {}

  /** The next number for a value made on this thread; numbers wrap around after 2^32. */
  static int next() {
    int[] range = RANGES.get();
    if (range[0] == range[1]) {
      range[0] = CLAIMED.getAndAdd(BLOCK);
      range[1] = range[0] + BLOCK;
    }
    return range[0]++;
  }
}
