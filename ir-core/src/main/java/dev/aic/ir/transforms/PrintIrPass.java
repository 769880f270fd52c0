package dev.aic.ir.transforms;

import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.diag.OperationFormatter;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassExecution;
import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** {@code print-ir}: prints the op it runs on, under a {@code // -----// IR Dump} header. */
public final class PrintIrPass extends Pass {
  /** {@code label}: printed in the header. */
  public static final Option<String> LABEL = Option.of("label", "Label", OptionType.STRING, "");

  /** The registration. */
  public static final PassInfo INFO =
      new PassInfo(
          "print-ir",
          "PrintIRPass",
          "Print IR on the debug stream",
          PassInfo.ANY,
          List.of(LABEL),
          PrintIrPass::new);

  @Override
  protected void runOnOperation(PassExecution run) {
    String label = options().get(LABEL);
    StringBuilder text = new StringBuilder("// -----// IR Dump");
    if (!label.isEmpty()) {
      text.append(' ').append(label);
    }
    text.append(" //----- //\n");
    // As MLIR's Operation::dump: local scope, then a newline.
    OperationFormatter.get().print(run.operation(), text, new IrPrintFlags(false, false, true));
    if (text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    try {
      run.output().append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run.markAllAnalysesPreserved();
  }
}
