package dev.aic.ir.trait;

/** The terminator returns control and its operands to the op that holds the region. */
public final class ReturnLike implements OpTrait {
  /** The trait. */
  public static final ReturnLike INSTANCE = new ReturnLike();

  private ReturnLike() {}
}
