/**
 * The printer of MLIR 22 text: {@link dev.aic.text.print.AsmPrinter} with its {@link
 * dev.aic.text.print.PrintOptions}, SSA naming, alias generation, and the {@link
 * dev.aic.ir.diag.OperationFormatter} that diagnostics use.
 */
package dev.aic.text.print;
