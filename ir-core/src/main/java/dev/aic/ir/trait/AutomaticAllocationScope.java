package dev.aic.ir.trait;

/** Stack allocations inside the op's regions are freed when control leaves it. */
public final class AutomaticAllocationScope implements OpTrait {
  /** The trait. */
  public static final AutomaticAllocationScope INSTANCE = new AutomaticAllocationScope();

  private AutomaticAllocationScope() {}
}
