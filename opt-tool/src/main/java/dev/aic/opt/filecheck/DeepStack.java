package dev.aic.opt.filecheck;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Runs a computation on a thread with a large stack, for deeply recursive regex matching. */
final class DeepStack {
  /** 1 GiB: enough for java.util.regex on lines of millions of characters. */
  private static final long STACK_BYTES = 1L << 30;

  private DeepStack() {}

  static <T> T call(Supplier<T> computation) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            null,
            () -> {
              try {
                result.set(computation.get());
              } catch (RuntimeException | StackOverflowError e) {
                failure.set(e);
              }
            },
            "FileCheck-deep-stack",
            STACK_BYTES);
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while matching", e);
    }
    Throwable thrown = failure.get();
    if (thrown instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (thrown instanceof StackOverflowError overflow) {
      throw overflow;
    }
    return result.get();
  }
}
