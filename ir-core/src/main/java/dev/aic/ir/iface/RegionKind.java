package dev.aic.ir.iface;

/** How a region orders and scopes its values. */
public enum RegionKind {
  /** A control-flow graph of blocks in SSA form: definitions must dominate their uses. */
  SSACFG,
  /** A graph of ops with no order and no dominance: uses may come before definitions. */
  GRAPH
}
