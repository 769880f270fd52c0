package dev.aic.ir.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Routes diagnostics to handlers, newest first, until one handles it; what no handler takes goes to
 * the fallback (standard error unless replaced). Thread-safe: passes running in parallel emit into
 * the same engine.
 */
public final class DiagnosticEngine {
  private final List<DiagnosticHandler> handlers = new ArrayList<>();

  /** What takes the diagnostics no handler takes; {@code null}: standard error. */
  private Consumer<Diagnostic> fallback;

  /** Installs a handler that sees diagnostics before every handler installed earlier. */
  public synchronized void addHandler(DiagnosticHandler handler) {
    handlers.add(handler);
  }

  /** Removes a handler; doing nothing if it is not installed. */
  public synchronized void removeHandler(DiagnosticHandler handler) {
    handlers.remove(handler);
  }

  /** Replaces what happens to diagnostics no handler takes. */
  public synchronized void setFallback(Consumer<Diagnostic> fallback) {
    this.fallback = fallback;
  }

  /** Sends a diagnostic to the newest handler that takes it. */
  public synchronized void emit(Diagnostic diagnostic) {
    for (int i = handlers.size() - 1; i >= 0; i--) {
      if (handlers.get(i).handle(diagnostic)) {
        return;
      }
    }
    if (fallback == null) {
      System.err.println(diagnostic);
    } else {
      fallback.accept(diagnostic);
    }
  }
}
