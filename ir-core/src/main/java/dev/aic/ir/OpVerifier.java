package dev.aic.ir;

/** An operation's own verifier, run after the structural checks and its traits' verifiers. */
@FunctionalInterface
public interface OpVerifier {
  /**
   * Checks {@code op}, reporting each violation as a diagnostic at the op.
   *
   * @return whether {@code op} is valid
   */
  boolean verify(Operation op);
}
