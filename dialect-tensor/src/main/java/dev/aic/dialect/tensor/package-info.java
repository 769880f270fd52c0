/**
 * The graph-level {@code tensor} dialect: NN operators on tensors together with MLIR's structural
 * tensor ops, static and dynamic shape inference, and graph optimisations such as layout
 * transformation with transpose cancellation.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.dialect.tensor;
