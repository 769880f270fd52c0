package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op holds {@code count} or more regions.
 *
 * @param count the least number of regions
 */
public record AtLeastNRegions(int count) implements OpTrait {
  @Override
  public boolean verify(Operation op) {
    if (op.numRegions() >= count) {
      return true;
    }
    op.emitOpError("expected " + count + " or more regions");
    return false;
  }
}
