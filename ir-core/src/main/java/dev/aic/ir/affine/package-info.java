/**
 * Affine expressions, affine maps and integer sets with MLIR 22's semantics, canonical
 * construction-time simplification and printed form. Their attribute wrappers are {@link
 * dev.aic.ir.attr.AffineMapAttr} and {@link dev.aic.ir.attr.IntegerSetAttr}.
 */
package dev.aic.ir.affine;
