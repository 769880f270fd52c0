package dev.aic.ir.affine;

/**
 * A dimension identifier, {@code d<position>}: the position-th input of the map it appears in.
 *
 * @param position the dimension's index, at least 0
 */
public record AffineDimExpr(int position) implements AffineExpr {
  /** Validates the position. */
  public AffineDimExpr {
    if (position < 0) {
      throw new IllegalArgumentException("negative dimension position " + position);
    }
  }

  @Override
  public AffineExprKind kind() {
    return AffineExprKind.DIM;
  }

  @Override
  public String toString() {
    return AffineExprPrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof AffineDimExpr that && position == that.position;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(position);
  }
}
