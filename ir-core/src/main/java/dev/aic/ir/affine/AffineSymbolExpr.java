package dev.aic.ir.affine;

/**
 * A symbol identifier, {@code s<position>}: a value that is fixed for the whole region an affine
 * map is used in (a loop-invariant size, say).
 *
 * @param position the symbol's index, at least 0
 */
public record AffineSymbolExpr(int position) implements AffineExpr {
  /** Validates the position. */
  public AffineSymbolExpr {
    if (position < 0) {
      throw new IllegalArgumentException("negative symbol position " + position);
    }
  }

  @Override
  public AffineExprKind kind() {
    return AffineExprKind.SYMBOL;
  }

  @Override
  public String toString() {
    return AffineExprPrinter.toText(this);
  }
}
