package dev.aic.ir.pass.option;

/**
 * A pass option that cannot be set as written: an unknown name or a value of the wrong type. The
 * pipeline parser turns it into a diagnostic pointing at the option.
 */
public final class OptionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where in the option text the offending entry starts, or -1 when not known. */
  private final int offset;

  /** An error with MLIR's wording, such as {@code no such option foo}, at no known offset. */
  public OptionException(String message) {
    this(message, -1);
  }

  /** An error at {@code offset} in the option text. */
  public OptionException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** Where in the option text the offending entry starts, or -1 when not known. */
  public int offset() {
    return offset;
  }
}
