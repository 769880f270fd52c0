package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op holds exactly {@code count} regions.
 *
 * @param count the number of regions
 */
public record NRegions(int count) implements OpTrait {
  /** No regions. */
  public static final NRegions ZERO = new NRegions(0);

  /** One region. */
  public static final NRegions ONE = new NRegions(1);

  @Override
  public boolean verify(Operation op) {
    if (op.numRegions() == count) {
      return true;
    }
    op.emitOpError(
        switch (count) {
          case 0 -> "requires zero regions";
          case 1 -> "requires one region";
          default -> "expected " + count + " regions";
        });
    return false;
  }
}
