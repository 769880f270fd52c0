package dev.aic.ir;

/**
 * A hand-written view of {@code test.unary}, as generated views look.
 *
 * @param op the viewed op
 */
public record UnaryOp(Operation op) implements OpView {
  /** The op name this view matches. */
  public static final String OPERATION_NAME = "test.unary";

  /** The single operand. */
  public Value input() {
    return op.operand(0);
  }
}
