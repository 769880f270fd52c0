package dev.aic.ir.pass.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node of the timing tree {@code --mlir-timing} reports: a name, the time spent in it, how many
 * times it ran, and its children in the order they were first created. The tree is plain data, so
 * tools can also export it (JSON). Thread-safe: parallel runs add their time to the same nodes.
 */
public final class Timer {
  private final String name;
  private final AtomicLong nanos = new AtomicLong();
  private final AtomicLong count = new AtomicLong();
  private final Map<String, Timer> children = new LinkedHashMap<>();

  /** A timer with no time and no children. */
  public Timer(String name) {
    this.name = name;
  }

  /** The name printed for this timer. */
  public String name() {
    return name;
  }

  /** The time recorded, in nanoseconds, summed over every run (and thread). */
  public long nanos() {
    return nanos.get();
  }

  /** How many times time was recorded. */
  public long count() {
    return count.get();
  }

  /** Records one run that took {@code elapsed} nanoseconds. */
  public void add(long elapsed) {
    nanos.addAndGet(elapsed);
    count.incrementAndGet();
  }

  /** The child named {@code childName}, created (last) if it does not exist. */
  public synchronized Timer child(String childName) {
    return children.computeIfAbsent(childName, Timer::new);
  }

  /**
   * The child identified by {@code key}, named {@code childName}, created (last) if it does not
   * exist: two passes of the same name at different positions of a pipeline have different keys,
   * while runs of the same pipeline (one per input chunk) share them.
   */
  public synchronized Timer child(String key, String childName) {
    return children.computeIfAbsent(key, k -> new Timer(childName));
  }

  /** The children, in creation order. */
  public synchronized List<Timer> children() {
    return new ArrayList<>(children.values());
  }
}
