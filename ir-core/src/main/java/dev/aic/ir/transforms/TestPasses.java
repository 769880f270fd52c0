package dev.aic.ir.transforms;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassExecution;
import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.Statistic;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.util.List;

/**
 * The pass-manager test passes mlir-opt ships, with its names and behaviour, so lit tests of the
 * pass manager can be written (and compared) the same way. Unlike MLIR, where {@code
 * test-options-pass} and {@code test-pass-create-invalid-ir} are restricted to {@code func.func},
 * they run on any op here, as aic has no {@code func} dialect in its core.
 */
public final class TestPasses {
  private TestPasses() {}

  /** The registrations of every test pass. */
  public static List<PassInfo> infos() {
    return List.of(
        ModulePass.INFO,
        FailurePass.INFO,
        CrashPass.INFO,
        OptionsPass.INFO,
        StatisticPass.INFO,
        InvalidIrPass.INFO);
  }

  /** {@code test-module-pass}: a module pass that does nothing. */
  public static final class ModulePass extends Pass {
    static final PassInfo INFO =
        new PassInfo(
            "test-module-pass",
            "TestModulePass",
            "Test a module pass in the pass manager",
            "builtin.module",
            List.of(),
            ModulePass::new);

    @Override
    protected void runOnOperation(PassExecution run) {
      run.markAllAnalysesPreserved();
    }
  }

  /** {@code test-pass-failure}: always fails, with {@code gen-diagnostics} saying so. */
  public static final class FailurePass extends Pass {
    static final Option<Boolean> GEN_DIAGNOSTICS =
        Option.of("gen-diagnostics", "Generate a diagnostic message", OptionType.BOOL, false);
    static final PassInfo INFO =
        new PassInfo(
            "test-pass-failure",
            "TestFailurePass",
            "Test a pass in the pass manager that always fails",
            PassInfo.ANY,
            List.of(GEN_DIAGNOSTICS),
            FailurePass::new);

    @Override
    protected void runOnOperation(PassExecution run) {
      if (options().get(GEN_DIAGNOSTICS)) {
        run.operation().emitError("illegal operation");
      }
      run.signalPassFailure();
    }
  }

  /** {@code test-pass-crash}: always throws, as MLIR's always aborts. */
  public static final class CrashPass extends Pass {
    static final PassInfo INFO =
        new PassInfo(
            "test-pass-crash",
            "TestCrashRecoveryPass",
            "Test a pass in the pass manager that always crashes",
            PassInfo.ANY,
            List.of(),
            CrashPass::new);

    @Override
    protected void runOnOperation(PassExecution run) {
      throw new IllegalStateException("test-pass-crash crashed on purpose");
    }
  }

  /** The values of {@code test-options-pass}'s enum option. */
  public enum Example {
    /** Example zero value. */
    ZERO,
    /** Example one value. */
    ONE,
    /** Example two value. */
    TWO
  }

  /** {@code test-options-pass}: options of every kind, for parsing and printing tests. */
  public static final class OptionsPass extends Pass {
    static final Option<List<Long>> LIST =
        Option.list("list", "Example list option", OptionType.INT);
    static final Option<String> STRING =
        Option.of("string", "Example string option", OptionType.STRING, "");
    static final Option<List<String>> STRING_LIST =
        Option.list("string-list", "Example string list option", OptionType.STRING);
    static final Option<Example> ENUM =
        Option.of("enum", "Example enum option", OptionType.enumOf(Example.class), Example.ZERO);
    static final PassInfo INFO =
        new PassInfo(
            "test-options-pass",
            "TestOptionsPass",
            "Test options parsing capabilities",
            PassInfo.ANY,
            List.of(LIST, STRING, STRING_LIST, ENUM),
            OptionsPass::new);

    @Override
    protected void runOnOperation(PassExecution run) {
      run.markAllAnalysesPreserved();
    }
  }

  /** {@code test-stats-pass}: counts the ops it sees in a statistic. */
  public static final class StatisticPass extends Pass {
    static final PassInfo INFO =
        new PassInfo(
            "test-stats-pass",
            "TestStatisticPass",
            "Test pass statistics",
            PassInfo.ANY,
            List.of(),
            StatisticPass::new);
    private final Statistic ops = statistic("num-ops", "Number of operations counted");

    @Override
    protected void runOnOperation(PassExecution run) {
      run.operation().walk(op -> ops.increment());
      run.markAllAnalysesPreserved();
    }
  }

  /**
   * {@code test-pass-create-invalid-ir}: with {@code emit-invalid-ir}, adds an op that does not
   * verify (a {@code builtin.module} whose body has two blocks) to the first block of the op it
   * runs on.
   */
  public static final class InvalidIrPass extends Pass {
    static final Option<Boolean> EMIT_INVALID_IR =
        Option.of("emit-invalid-ir", "Emit invalid IR", OptionType.BOOL, false);
    static final Option<Boolean> SIGNAL_FAILURE =
        Option.of("signal-pass-failure", "Trigger a pass failure", OptionType.BOOL, false);
    static final PassInfo INFO =
        new PassInfo(
            "test-pass-create-invalid-ir",
            "TestInvalidIRPass",
            "Test pass that adds an invalid operation in a function body",
            PassInfo.ANY,
            List.of(EMIT_INVALID_IR, SIGNAL_FAILURE),
            InvalidIrPass::new);

    @Override
    protected void runOnOperation(PassExecution run) {
      Operation op = run.operation();
      if (options().get(EMIT_INVALID_IR) && op.numRegions() > 0) {
        Region region = op.region(0);
        if (region.isEmpty()) {
          region.append(new Block());
        }
        // A module's body is a graph region: two blocks make it invalid, yet printable.
        OperationState state = new OperationState(op.context(), op.location(), "builtin.module");
        Region body = new Region();
        state.addRegion(body);
        body.append(new Block());
        body.append(new Block());
        region.firstBlock().prepend(Operation.create(state));
      }
      if (options().get(SIGNAL_FAILURE)) {
        run.signalPassFailure();
      }
    }
  }
}
