package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op has {@code count} or more results.
 *
 * @param count the least number of results
 */
public record AtLeastNResults(int count) implements OpTrait {
  @Override
  public boolean verify(Operation op) {
    if (op.numResults() >= count) {
      return true;
    }
    op.emitOpError("expected " + count + " or more results");
    return false;
  }
}
