package dev.aic.ir.trait;

/** The op's single-block regions need no terminator, as in {@code builtin.module}. */
public final class NoTerminator implements OpTrait {
  /** The trait. */
  public static final NoTerminator INSTANCE = new NoTerminator();

  private NoTerminator() {}
}
