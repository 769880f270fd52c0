/**
 * The pass manager's standard instrumentations and reports: timing ({@code --mlir-timing}), IR
 * printing ({@code --mlir-print-ir-*}) and pass statistics ({@code --mlir-pass-statistics}).
 */
package dev.aic.ir.pass.instrument;
