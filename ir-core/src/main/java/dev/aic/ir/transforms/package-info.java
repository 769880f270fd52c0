/**
 * Generic passes that need no dialect ({@code strip-debuginfo}, {@code print-op-stats}, {@code
 * print-ir}, {@code view-op-graph}) and mlir-opt's pass-manager test passes, registered through
 * {@link dev.aic.ir.transforms.TransformsProvider}.
 */
package dev.aic.ir.transforms;
