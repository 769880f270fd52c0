package dev.aic.ir.trait;

/**
 * The op has no side effects and may be speculated: unused results make it dead, equal ones make it
 * redundant.
 */
public final class Pure implements OpTrait {
  /** The trait. */
  public static final Pure INSTANCE = new Pure();

  private Pure() {}
}
