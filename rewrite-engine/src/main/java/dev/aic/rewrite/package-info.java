/**
 * Rewriting (DESIGN.md §5): rewrite patterns and the pattern rewriter, the greedy driver, the
 * dialect-conversion framework, the rewrite DSL (a PDLL dialect compiled to {@code pdl}), and the
 * generic transforms: canonicalize, cse, dce, symbol-dce, inline, loop-invariant code motion and
 * constant folding.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.rewrite;
