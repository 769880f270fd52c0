package dev.aic.ir.diag;

/**
 * How {@link OperationFormatter#print} prints a whole op, for tools and pass instrumentation that
 * dump IR without depending on the textual format.
 *
 * @param generic print every op in generic form ({@code --mlir-print-op-generic})
 * @param debugInfo print locations ({@code --mlir-print-debuginfo})
 * @param localScope number values from the nearest op isolated from above, without aliases
 */
public record IrPrintFlags(boolean generic, boolean debugInfo, boolean localScope) {
  /** mlir-opt's defaults: custom forms, no locations, aliases. */
  public static final IrPrintFlags DEFAULT = new IrPrintFlags(false, false, false);
}
