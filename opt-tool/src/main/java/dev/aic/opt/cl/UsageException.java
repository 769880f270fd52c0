package dev.aic.opt.cl;

/**
 * A command line that cannot be parsed; the message is what LLVM prints after the program name,
 * such as {@code Unknown command line argument '--foo'. Try: 'aic-opt --help'}, possibly on more
 * than one line.
 */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A usage error with LLVM's message text. */
  public UsageException(String message) {
    super(message);
  }
}
