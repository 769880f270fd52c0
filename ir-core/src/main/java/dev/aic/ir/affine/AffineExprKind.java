package dev.aic.ir.affine;

/** The kinds of affine expressions: three leaves and five binary operators. */
public enum AffineExprKind {
  /** A dimension identifier, {@code d0}. */
  DIM(null),
  /** A symbol identifier, {@code s0}. */
  SYMBOL(null),
  /** An integer constant. */
  CONSTANT(null),
  /** Addition, {@code a + b}. */
  ADD("+"),
  /** Multiplication, {@code a * b}; one operand must be symbolic or constant. */
  MUL("*"),
  /** Modulo with a result in {@code [0, rhs)} for a positive {@code rhs}, {@code a mod b}. */
  MOD("mod"),
  /** Division rounding towards negative infinity, {@code a floordiv b}. */
  FLOOR_DIV("floordiv"),
  /** Division rounding towards positive infinity, {@code a ceildiv b}. */
  CEIL_DIV("ceildiv");

  private final String spelling;

  AffineExprKind(String spelling) {
    this.spelling = spelling;
  }

  /** Whether this kind is one of the binary operators. */
  public boolean isBinary() {
    return spelling != null;
  }

  /** The operator as MLIR spells it ({@code +}, {@code floordiv}, ...); null for leaves. */
  public String spelling() {
    return spelling;
  }
}
