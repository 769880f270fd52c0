package dev.aic.ir.trait;

/**
 * The op opens a new scope for affine symbols: values defined at its top level are valid symbols
 * inside.
 */
public final class AffineScope implements OpTrait {
  /** The trait. */
  public static final AffineScope INSTANCE = new AffineScope();

  private AffineScope() {}
}
