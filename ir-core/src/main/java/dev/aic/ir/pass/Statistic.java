package dev.aic.ir.pass;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A counter a pass keeps, reported by {@code --mlir-pass-statistics}. Passes declare them as fields
 * ({@code private final Statistic ops = statistic("num-ops", "Number of ops")}); runs on different
 * threads add to the same counter, so the total is the same whatever the thread count.
 */
public final class Statistic {
  private final String name;
  private final String description;
  private final AtomicLong value = new AtomicLong();

  Statistic(String name, String description) {
    this.name = name;
    this.description = description;
  }

  /** The statistic's name. */
  public String name() {
    return name;
  }

  /** One line saying what it counts. */
  public String description() {
    return description;
  }

  /** The current count. */
  public long value() {
    return value.get();
  }

  /** Adds one. */
  public void increment() {
    value.incrementAndGet();
  }

  /** Adds {@code delta}. */
  public void add(long delta) {
    value.addAndGet(delta);
  }
}
