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
}
