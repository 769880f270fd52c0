package dev.aic.ir.affine;

import java.util.Objects;

/**
 * A binary affine expression, {@code lhs <op> rhs}.
 *
 * <p>The canonical constructor builds the node exactly as given, without simplification; that is
 * what tests and parsers of unsimplified input need. Everything else should build binary
 * expressions through the simplifying factories of {@link AffineExpr} ({@link AffineExpr#add},
 * {@link AffineExpr#mul}, ...), which produce MLIR's canonical form.
 *
 * @param kind the operator, one of the binary kinds
 * @param lhs the left operand
 * @param rhs the right operand
 */
public record AffineBinaryExpr(AffineExprKind kind, AffineExpr lhs, AffineExpr rhs)
    implements AffineExpr {
  /** Validates the components. */
  public AffineBinaryExpr {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(lhs, "lhs");
    Objects.requireNonNull(rhs, "rhs");
    if (!kind.isBinary()) {
      throw new IllegalArgumentException(kind + " is not a binary operator");
    }
  }

  @Override
  public String toString() {
    return AffineExprPrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof AffineBinaryExpr that
        && Objects.equals(kind, that.kind)
        && Objects.equals(lhs, that.lhs)
        && Objects.equals(rhs, that.rhs);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(kind);
    hash = 31 * hash + Objects.hashCode(lhs);
    hash = 31 * hash + Objects.hashCode(rhs);
    return hash;
  }
}
