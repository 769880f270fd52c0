package dev.aic.text;

/**
 * Unwinds the parser after an error has been reported as a diagnostic. It carries no message of its
 * own and never reaches a user: the parser's entry points catch it and report failure.
 */
public final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exception; a singleton would lose nothing, but a fresh one keeps stack traces honest. */
  public ParseException() {
    super(null, null, false, false);
  }
}
