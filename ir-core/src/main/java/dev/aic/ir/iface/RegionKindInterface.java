package dev.aic.ir.iface;

import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.trait.HasOnlyGraphRegion;

/** Tells the kind of each of an op's regions; ops without it hold SSACFG regions. */
@FunctionalInterface
public interface RegionKindInterface {
  /** The kind of {@code op}'s region number {@code index}. */
  RegionKind regionKind(Operation op, int index);

  /**
   * The kind of {@code region}: graph if its op has {@link HasOnlyGraphRegion} or says so through
   * this interface, SSACFG otherwise (also for detached regions and unregistered ops).
   */
  static RegionKind of(Region region) {
    Operation op = region.parentOp();
    if (op == null) {
      return RegionKind.SSACFG;
    }
    if (op.hasTrait(HasOnlyGraphRegion.class)) {
      return RegionKind.GRAPH;
    }
    return op.interfaceImpl(RegionKindInterface.class)
        .map(kinds -> kinds.regionKind(op, region.index()))
        .orElse(RegionKind.SSACFG);
  }

  /**
   * Whether definitions in {@code region} must dominate their uses. As in MLIR, a single-block
   * region of an unregistered op may be a graph region, so it is exempt; several blocks make a CFG.
   */
  static boolean hasSsaDominance(Region region) {
    Operation op = region.parentOp();
    if (op != null && !op.isRegistered()) {
      return !region.hasOneBlock();
    }
    return of(region) == RegionKind.SSACFG;
  }
}
