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

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof AffineSymbolExpr that && position == that.position;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(position);
  }
}
