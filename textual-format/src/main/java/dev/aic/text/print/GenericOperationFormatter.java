package dev.aic.text.print;

import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.diag.OperationFormatter;
import java.util.function.Function;

/**
 * Formats ops in diagnostics as MLIR's error diagnostics do: generic form, local scope (values
 * named as seen from the nearest op isolated from above), elements attributes of more than 16
 * elements elided. An op printed on several lines starts on a new line, so that {@code "has " +
 * format(op)} reads as MLIR's {@code block with no terminator, has \n%1 = "scf.execute_region"()
 * ({...} ...}.
 */
public final class GenericOperationFormatter implements OperationFormatter {
  /** The options diagnostics print ops with. */
  public static final PrintOptions OPTIONS = new PrintOptions(true, false, true, 16, false);

  /** The formatter; {@link java.util.ServiceLoader} instantiates it. */
  public GenericOperationFormatter() {}

  @Override
  public String format(Operation op) {
    String text = AsmPrinter.print(op, OPTIONS);
    return text.indexOf('\n') >= 0 ? "\n" + text : text;
  }

  @Override
  public void print(Operation op, Appendable out, IrPrintFlags flags) {
    PrintOptions options =
        PrintOptions.DEFAULT
            .withGeneric(flags.generic())
            .withDebugInfo(flags.debugInfo())
            .withLocalScope(flags.localScope());
    AsmPrinter.print(op, options, out);
  }

  @Override
  public Function<Value, String> operandNames(Operation op) {
    return AsmPrinter.operandNames(op);
  }
}
