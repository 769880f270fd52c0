package dev.aic.ir.trait;

/** The op materialises a constant held in its {@code value} attribute; folding may replace it. */
public final class ConstantLike implements OpTrait {
  /** The trait. */
  public static final ConstantLike INSTANCE = new ConstantLike();

  private ConstantLike() {}
}
