package dev.aic.ir.trait;

/** The op's memory effects are those of the ops in its regions (as for {@code scf.for}). */
public final class RecursiveMemoryEffects implements OpTrait {
  /** The trait. */
  public static final RecursiveMemoryEffects INSTANCE = new RecursiveMemoryEffects();

  private RecursiveMemoryEffects() {}
}
