package dev.aic.ir.diag;

/** Receives diagnostics from a {@link DiagnosticEngine}. */
@FunctionalInterface
public interface DiagnosticHandler {
  /**
   * Takes a diagnostic.
   *
   * @return whether it was handled; if not, the engine offers it to the next older handler
   */
  boolean handle(Diagnostic diagnostic);
}
