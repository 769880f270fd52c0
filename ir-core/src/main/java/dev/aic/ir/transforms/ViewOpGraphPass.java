package dev.aic.ir.transforms;

import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassExecution;
import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code view-op-graph}: writes a Graphviz DOT graph of the op it runs on to the pass output
 * (standard error in {@code aic-opt}), the same text as MLIR 22's pass of that name. Ops with
 * regions and blocks are clusters, other ops and block arguments are record nodes whose ports are
 * the values; data-flow edges join a value's result port to its operand ports, control-flow edges
 * (off by default) join consecutive ops of a block.
 */
public final class ViewOpGraphPass extends Pass {
  /** {@code max-label-len}: attribute and type texts longer than this end in {@code ...}. */
  public static final Option<Long> MAX_LABEL_LEN =
      Option.of(
          "max-label-len", "Limit attribute/type length to number of chars", OptionType.UINT, 20L);

  /** {@code print-attrs}: list each op's attributes in its label. */
  public static final Option<Boolean> PRINT_ATTRS =
      Option.of("print-attrs", "Print attributes of operations", OptionType.BOOL, true);

  /** {@code print-control-flow-edges}: dashed edges between consecutive ops of a block. */
  public static final Option<Boolean> PRINT_CONTROL_FLOW_EDGES =
      Option.of("print-control-flow-edges", "Print control flow edges", OptionType.BOOL, false);

  /** {@code print-data-flow-edges}: solid edges from each value to its uses. */
  public static final Option<Boolean> PRINT_DATA_FLOW_EDGES =
      Option.of("print-data-flow-edges", "Print data flow edges", OptionType.BOOL, true);

  /** {@code print-result-types}: the types of results and block arguments. */
  public static final Option<Boolean> PRINT_RESULT_TYPES =
      Option.of("print-result-types", "Print result types of operations", OptionType.BOOL, true);

  /** The registration. */
  public static final PassInfo INFO =
      new PassInfo(
          "view-op-graph",
          "ViewOpGraph",
          "Print Graphviz visualization of an operation",
          PassInfo.ANY,
          List.of(
              MAX_LABEL_LEN,
              PRINT_ATTRS,
              PRINT_CONTROL_FLOW_EDGES,
              PRINT_DATA_FLOW_EDGES,
              PRINT_RESULT_TYPES),
          ViewOpGraphPass::new);

  @Override
  protected void runOnOperation(PassExecution run) {
    GraphStyle style =
        new GraphStyle(
            options().get(MAX_LABEL_LEN),
            options().get(PRINT_ATTRS),
            options().get(PRINT_CONTROL_FLOW_EDGES),
            options().get(PRINT_DATA_FLOW_EDGES),
            options().get(PRINT_RESULT_TYPES));
    String graph = OpGraphWriter.write(run.operation(), style);
    try {
      run.output().append(graph);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run.markAllAnalysesPreserved();
  }
}
