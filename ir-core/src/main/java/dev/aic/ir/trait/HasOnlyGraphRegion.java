package dev.aic.ir.trait;

/** The op's regions are graph regions: no dominance, no ordering, at most one block each. */
public final class HasOnlyGraphRegion implements OpTrait {
  /** The trait. */
  public static final HasOnlyGraphRegion INSTANCE = new HasOnlyGraphRegion();

  private HasOnlyGraphRegion() {}
}
