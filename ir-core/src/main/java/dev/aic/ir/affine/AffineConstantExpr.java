package dev.aic.ir.affine;

/**
 * An integer constant of an affine expression.
 *
 * @param value the constant, a signed 64-bit integer as in MLIR
 */
public record AffineConstantExpr(long value) implements AffineExpr {
  @Override
  public AffineExprKind kind() {
    return AffineExprKind.CONSTANT;
  }

  @Override
  public String toString() {
    return AffineExprPrinter.toText(this);
  }
}
