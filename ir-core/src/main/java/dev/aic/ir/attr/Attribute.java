package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;

/**
 * A compile-time constant attached to operations. Attributes are immutable values, compared with
 * {@code equals}, and interned per {@link dev.aic.ir.Context}.
 *
 * <p>The builtin attributes are records in this package (locations, which are attributes too, are
 * in {@code dev.aic.ir.loc}); a dialect defines its own by implementing this interface (their text
 * starts with {@code #namespace.}).
 */
public interface Attribute {
  /** Writes this attribute's MLIR syntax, including a {@code : type} suffix where it has one. */
  void print(AttrTypePrinter p);
}
