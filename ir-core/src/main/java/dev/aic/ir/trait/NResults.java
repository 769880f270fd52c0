package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * The op has exactly {@code count} results.
 *
 * @param count the number of results
 */
public record NResults(int count) implements OpTrait {
  /** No results. */
  public static final NResults ZERO = new NResults(0);

  /** One result. */
  public static final NResults ONE = new NResults(1);

  @Override
  public boolean verify(Operation op) {
    if (op.numResults() == count) {
      return true;
    }
    op.emitOpError(
        switch (count) {
          case 0 -> "requires zero results";
          case 1 -> "requires one result";
          default -> "expected " + count + " results";
        });
    return false;
  }
}
