package dev.aic.ir.pass;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticEngine;
import dev.aic.ir.diag.DiagnosticHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the diagnostics of ops processed in parallel apart, one list per op, and replays them in op
 * order afterwards (MLIR's ParallelDiagnosticHandler), so the output is the same whatever the
 * thread count and scheduling. Diagnostics emitted outside a worker pass through.
 */
final class ParallelDiagnostics implements AutoCloseable {
  private static final ThreadLocal<List<Diagnostic>> CURRENT = new ThreadLocal<>();

  private final DiagnosticEngine engine;
  private final List<List<Diagnostic>> perOp = new ArrayList<>();
  private final DiagnosticHandler handler = ParallelDiagnostics::collect;

  ParallelDiagnostics(DiagnosticEngine engine, int ops) {
    this.engine = engine;
    for (int i = 0; i < ops; i++) {
      perOp.add(new ArrayList<>());
    }
    engine.addHandler(handler);
  }

  private static boolean collect(Diagnostic diagnostic) {
    List<Diagnostic> list = CURRENT.get();
    if (list == null) {
      return false;
    }
    list.add(diagnostic);
    return true;
  }

  /** Runs {@code work} with this thread's diagnostics going to op {@code index}'s list. */
  void runFor(int index, Runnable work) {
    List<Diagnostic> previous = CURRENT.get();
    CURRENT.set(perOp.get(index));
    try {
      work.run();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** Stops collecting and emits everything collected, op by op. */
  @Override
  public void close() {
    engine.removeHandler(handler);
    for (List<Diagnostic> diagnostics : perOp) {
      diagnostics.forEach(engine::emit);
    }
  }
}
