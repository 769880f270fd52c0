package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.StringAttr;

/**
 * Where a pipeline failed: the pass and the op it ran on.
 *
 * @param pass the pass that failed
 * @param op the op it ran on
 */
public record FailureSite(Pass pass, Operation op) {
  /**
   * The site as MLIR describes it: {@code `TestFailurePass` on 'builtin.module' operation:
   * @inner}.
   */
  public String describe() {
    return "`" + pass.name() + "` on " + describeOp(op);
  }

  /** {@code 'builtin.module' operation}, followed by {@code : @name} for a symbol. */
  public static String describeOp(Operation op) {
    String text = "'" + op.name().name() + "' operation";
    if (op.inherentOrDiscardable("sym_name").orElse(null) instanceof StringAttr name) {
      text += ": @" + name.value();
    }
    return text;
  }
}
