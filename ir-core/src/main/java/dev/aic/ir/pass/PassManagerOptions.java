package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.ir.pass.instrument.IrPrintingConfig;
import dev.aic.ir.pass.instrument.IrPrintingInstrumentation;
import dev.aic.ir.pass.instrument.StatisticsReport;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.ir.pass.instrument.TimingInstrumentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The pass-manager flags of {@code mlir-opt}, as a tool reads them, and what they do to one run. A
 * driver fills this record from its command line, checks it once with {@link #buildPipeline}
 * (before reading input), and calls {@link #run} on each parsed module.
 *
 * @param pipeline the {@code -p}/{@code --pass-pipeline} text, empty if none
 * @param passFlags the individual pass flags in command-line order ({@code --cse}, {@code
 *     --inline=max-iterations=4}), which run on {@code builtin.module}
 * @param threads the thread count ({@code --threads}; 1 for {@code --mlir-disable-threading})
 * @param verifyEach whether to verify after each pass ({@code --verify-each}, default true)
 * @param dumpPipeline print the pipeline before running ({@code --dump-pass-pipeline})
 * @param statistics print pass statistics after the run ({@code --mlir-pass-statistics} with {@code
 *     -display=}), or {@code null}
 * @param printIr what to print around passes ({@code --mlir-print-ir-*}), or {@code null}
 * @param crashReproducer where to write a crash reproducer, or {@code null}
 * @param runReproducer take the pipeline and its settings from the input's {@code mlir_reproducer}
 *     resource ({@code --run-reproducer})
 */
public record PassManagerOptions(
    String pipeline,
    List<PassFlag> passFlags,
    int threads,
    boolean verifyEach,
    boolean dumpPipeline,
    StatisticsReport.Display statistics,
    IrPrintingConfig printIr,
    Path crashReproducer,
    boolean runReproducer) {
  /** The anchor pass flags run on, as in {@code mlir-opt}. */
  public static final String DEFAULT_ANCHOR = "builtin.module";

  /**
   * One pass or pipeline given as its own flag.
   *
   * @param argument the pass or pipeline name
   * @param options the option text after {@code =}, empty if none
   */
  public record PassFlag(String argument, String options) {}

  /** Copies the pass flags. */
  public PassManagerOptions {
    passFlags = List.copyOf(passFlags);
  }

  /** Whether there is anything to run (without {@code --run-reproducer}). */
  public boolean hasPasses() {
    return !pipeline.isBlank() || !passFlags.isEmpty();
  }

  /**
   * The root pipeline: {@code -p}'s text, else the pass flags on {@code builtin.module} (an empty
   * {@code builtin.module} pipeline without either).
   *
   * @throws PipelineException if the text or a flag is wrong, or both {@code -p} and pass flags are
   *     given (which {@code mlir-opt} rejects with the same message)
   */
  public OpPassManager buildPipeline(PassRegistry registry) {
    if (!pipeline.isBlank() && !passFlags.isEmpty()) {
      throw new PipelineException(
          "'-pass-pipeline' option can't be used with individual pass options");
    }
    if (!pipeline.isBlank()) {
      return OpPassManager.parse(pipeline, registry);
    }
    OpPassManager root = new OpPassManager(DEFAULT_ANCHOR);
    for (PassFlag flag : passFlags) {
      root.addRegistered(flag.argument(), flag.options(), registry);
    }
    return root;
  }

  /**
   * Runs the passes on {@code module}, writing the pipeline dump, IR dumps, pass output and the
   * statistics report to {@code err}; problems are diagnostics in the module's context.
   *
   * @param timing the timer to hang pass timings under ({@code --mlir-timing}), or {@code null}
   * @return whether every pass succeeded
   */
  public boolean run(Operation module, PassRegistry registry, Appendable err, Timer timing) {
    OpPassManager root;
    int runThreads = threads;
    boolean runVerifyEach = verifyEach;
    try {
      if (runReproducer) {
        Optional<ReproducerConfig> config = ReproducerConfig.fromContext(module.context());
        if (config.isEmpty()) {
          error(module, "no mlir_reproducer resource with a pipeline in the input");
          return false;
        }
        root = OpPassManager.parse(config.get().pipeline(), registry);
        runThreads = config.get().disableThreading() ? 1 : threads;
        runVerifyEach = config.get().verifyEach();
      } else {
        root = buildPipeline(registry);
      }
    } catch (PipelineException e) {
      error(module, e.render());
      return false;
    }
    PassManager pm =
        new PassManager(root).setThreads(runThreads).setVerifyEach(runVerifyEach).setOutput(err);
    if (printIr != null) {
      pm.addInstrumentation(new IrPrintingInstrumentation(printIr, err));
    }
    if (timing != null) {
      pm.addInstrumentation(new TimingInstrumentation(root, timing));
    }
    if (crashReproducer != null) {
      pm.enableCrashReproducer(crashReproducer);
    }
    append(err, dumpPipeline ? root.dump() : "");
    boolean ok = pm.run(module);
    append(err, statistics != null ? StatisticsReport.render(root, statistics) : "");
    return ok;
  }

  private static void error(Operation module, String message) {
    module
        .context()
        .diagnostics()
        .emit(new Diagnostic(Severity.ERROR, UnknownLoc.INSTANCE, message));
  }

  private static void append(Appendable out, String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
