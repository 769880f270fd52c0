package dev.aic.opt.lit;

/**
 * A malformed directive, feature expression, substitution or shell line in a test. lit reports
 * these as UNRESOLVED with the message; so does the runner.
 */
public final class LitSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with lit's message text. */
  public LitSyntaxException(String message) {
    super(message);
  }
}
