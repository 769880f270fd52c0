package dev.aic.text.print;

import dev.aic.ir.Operation;

/**
 * Prints a run of ops with a printer of its own, beside the thread printing the ops before them
 * (AsmPrinter's two-thread printing). A failure is kept for the caller to rethrow. (A subclass
 * rather than a lambda: on JDK 17 the first lambda of a run costs about 10 ms, docs/perf.md.)
 */
final class PrintThread extends Thread {
  private final AsmPrinter printer;
  private final Operation first;
  private final Operation end;
  // Written by this thread, read after join(), which orders the two.
  private Throwable failure;

  /** Will print the ops from {@code first} up to {@code end} (exclusive) with {@code printer}. */
  PrintThread(AsmPrinter printer, Operation first, Operation end) {
    super("aic-printer");
    this.printer = printer;
    this.first = first;
    this.end = end;
    // A caller that stops early must not be kept alive by it.
    setDaemon(true);
  }

  @Override
  public void run() {
    try {
      printer.printOps(first, end);
      printer.flush();
    } catch (RuntimeException | Error e) {
      failure = e;
    }
  }

  /** Waits for the printing to end, whatever happens meanwhile. */
  void awaitEnd() {
    boolean interrupted = false;
    while (isAlive()) {
      try {
        join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** After {@link #awaitEnd}: throws what the printing threw, if anything. */
  void rethrowFailure() {
    if (failure instanceof RuntimeException e) {
      throw e;
    }
    if (failure instanceof Error e) {
      throw e;
    }
  }
}
