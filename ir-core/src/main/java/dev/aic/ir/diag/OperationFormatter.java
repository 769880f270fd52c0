package dev.aic.ir.diag;

import dev.aic.ir.Operation;
import dev.aic.ir.Services;
import dev.aic.ir.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/**
 * Renders an operation as text inside diagnostics ({@code block with no terminator, has ...}). The
 * textual format provides the implementation through {@link Services}; without it, an op is
 * described by its quoted name.
 */
public interface OperationFormatter {
  /** The generic form of {@code op}, on one line where it fits. */
  String format(Operation op);

  /**
   * Prints {@code op} in full as a tool prints it: a top-level op with its alias definitions and
   * resources and a trailing newline, a nested op alone. The fallback without the textual format
   * prints {@link #format}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  default void print(Operation op, Appendable out, IrPrintFlags flags) {
    try {
      out.append(format(op));
      if (op.parentBlock() == null) {
        out.append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names the values of the IR tree holding {@code op} as MLIR's {@code Value::printAsOperand} with
   * default flags does ({@code %0}, {@code %arg1}, {@code %2#1}): numbered as when the outermost op
   * around {@code op} is printed. The names are computed once, so a pass that names many values
   * asks for this function once. The fallback without the textual format cannot name values and
   * answers {@code <<UNKNOWN SSA VALUE>>}, as MLIR does for a value it cannot place.
   */
  default Function<Value, String> operandNames(Operation op) {
    return value -> "<<UNKNOWN SSA VALUE>>";
  }

  /** The formatter on the class path, found once, or the name-only fallback. */
  static OperationFormatter get() {
    return Holder.INSTANCE;
  }

  /** Lazily loads the formatter on first use. */
  final class Holder {
    private static final OperationFormatter INSTANCE = firstOrFallback();

    private static OperationFormatter firstOrFallback() {
      List<OperationFormatter> found =
          Services.load(OperationFormatter.class, OperationFormatter.class.getClassLoader());
      return found.isEmpty() ? op -> "\"" + op.name().name() + "\"" : found.get(0);
    }

    private Holder() {}
  }
}
