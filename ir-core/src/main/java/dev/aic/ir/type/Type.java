package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;

/**
 * A type of the IR. Types are immutable values, compared with {@code equals}, and interned per
 * {@link dev.aic.ir.Context} so that equal types built through a context are the same object.
 *
 * <p>The builtin types are records in this package; a dialect defines its own types by implementing
 * this interface (their text starts with {@code !namespace.}).
 */
public interface Type {
  /** Writes this type's MLIR syntax, handing nested types and attributes back to {@code p}. */
  void print(AttrTypePrinter p);
}
