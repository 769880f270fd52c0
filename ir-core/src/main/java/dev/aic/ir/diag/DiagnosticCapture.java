package dev.aic.ir.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * A scoped handler that collects every diagnostic emitted while it is open; tests use it to check
 * messages, and tools to decide the exit status.
 *
 * <pre>{@code
 * try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
 *   Verifier.verify(module);
 *   assertEquals("...", capture.messages().get(0));
 * }
 * }</pre>
 */
public final class DiagnosticCapture implements AutoCloseable {
  private final DiagnosticEngine engine;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final DiagnosticHandler handler = this::record;

  private DiagnosticCapture(DiagnosticEngine engine) {
    this.engine = engine;
  }

  /** Starts capturing everything {@code engine} emits. */
  public static DiagnosticCapture open(DiagnosticEngine engine) {
    DiagnosticCapture capture = new DiagnosticCapture(engine);
    engine.addHandler(capture.handler);
    return capture;
  }

  private synchronized boolean record(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
    return true;
  }

  /** The diagnostics captured so far, in emission order. */
  public synchronized List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** The messages captured so far, in emission order. */
  public synchronized List<String> messages() {
    return diagnostics.stream().map(Diagnostic::message).toList();
  }

  /** Whether an error was captured. */
  public synchronized boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Stops capturing. */
  @Override
  public void close() {
    engine.removeHandler(handler);
  }
}
