package dev.aic.ir.diag;

import dev.aic.ir.Operation;
import java.util.ServiceLoader;

/**
 * Renders an operation as text inside diagnostics ({@code block with no terminator, has ...}). The
 * textual format provides the implementation through {@link ServiceLoader}; without it, an op is
 * described by its quoted name.
 */
public interface OperationFormatter {
  /** The generic form of {@code op}, on one line where it fits. */
  String format(Operation op);

  /** The formatter on the class path, found once, or the name-only fallback. */
  static OperationFormatter get() {
    return Holder.INSTANCE;
  }

  /** Lazily loads the formatter on first use. */
  final class Holder {
    private static final OperationFormatter INSTANCE =
        ServiceLoader.load(OperationFormatter.class)
            .findFirst()
            .orElse(op -> "\"" + op.name().name() + "\"");

    private Holder() {}
  }
}
