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

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof AffineConstantExpr that && value == that.value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }
}
