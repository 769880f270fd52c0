package dev.aic.ir.pass;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticEngine;
import dev.aic.ir.diag.DiagnosticHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what ops processed in parallel emit apart, one list per op, and replays it in op order
 * afterwards (MLIR's ParallelDiagnosticHandler, extended to what passes print): diagnostics and
 * pass output come out exactly as a run on one thread would give them, whatever the thread count
 * and scheduling. What is emitted outside a worker passes through.
 */
final class ParallelReplay implements AutoCloseable {
  private static final ThreadLocal<List<Object>> CURRENT = new ThreadLocal<>();

  private final DiagnosticEngine engine;
  private final Appendable output;
  private final List<List<Object>> perOp = new ArrayList<>();
  private final DiagnosticHandler handler = ParallelReplay::collect;

  ParallelReplay(DiagnosticEngine engine, Appendable output, int ops) {
    this.engine = engine;
    this.output = output;
    for (int i = 0; i < ops; i++) {
      perOp.add(new ArrayList<>());
    }
    engine.addHandler(handler);
  }

  private static boolean collect(Diagnostic diagnostic) {
    List<Object> events = CURRENT.get();
    if (events == null) {
      return false;
    }
    events.add(diagnostic);
    return true;
  }

  /**
   * The pass output seen from workers: text written during {@link #runFor} joins the op's list,
   * other text goes straight to {@code out}.
   */
  static Appendable output(Appendable out) {
    return new Appendable() {
      @Override
      public Appendable append(CharSequence text) throws IOException {
        List<Object> events = CURRENT.get();
        if (events == null) {
          out.append(text);
        } else {
          events.add(text.toString());
        }
        return this;
      }

      @Override
      public Appendable append(CharSequence text, int start, int end) throws IOException {
        return append(text.subSequence(start, end));
      }

      @Override
      public Appendable append(char c) throws IOException {
        return append(String.valueOf(c));
      }
    };
  }

  /** Runs {@code work} with this thread's diagnostics and output going to op {@code index}. */
  void runFor(int index, Runnable work) {
    List<Object> previous = CURRENT.get();
    CURRENT.set(perOp.get(index));
    try {
      work.run();
    } finally {
      CURRENT.set(previous);
    }
  }

  /** Stops collecting and replays everything collected, op by op. */
  @Override
  public void close() {
    engine.removeHandler(handler);
    for (List<Object> events : perOp) {
      for (Object event : events) {
        if (event instanceof Diagnostic diagnostic) {
          engine.emit(diagnostic);
        } else {
          try {
            output.append((String) event);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
  }
}
