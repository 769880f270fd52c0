package dev.aic.ir.trait;

/** The op's operands may be reordered freely: {@code f(a, b) == f(b, a)}. */
public final class Commutative implements OpTrait {
  /** The trait. */
  public static final Commutative INSTANCE = new Commutative();

  private Commutative() {}
}
