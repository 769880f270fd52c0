package dev.aic.opt;

import dev.aic.ir.Operation;
import dev.aic.ir.pass.PassManagerOptions;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.ir.pass.PipelineException;
import dev.aic.ir.pass.instrument.IrPrintingConfig;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.opt.tool.ToolIO;
import dev.aic.text.SourceProcessor;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Builds the transform {@code aic-opt} runs on each parsed module from its options: the pipeline is
 * built once here, before any input is read, so a bad pipeline fails fast; the transform then runs
 * it on each module, with the instrumentation the flags ask for.
 */
final class PipelineSetup {
  /**
   * Runs the pipeline on each module. (A class rather than a lambda: on JDK 17 the first lambda of
   * a run costs about 10 ms, docs/perf.md.)
   */
  private record RunPasses(
      PassManagerOptions passes, PassRegistry registry, PrintStream err, Timer timing)
      implements SourceProcessor.Transform {
    @Override
    public boolean apply(Operation module) {
      return passes.run(module, registry, err, timing);
    }
  }

  private PipelineSetup() {}

  /**
   * The transform for {@code options}, or empty after reporting on {@code io}'s standard error why
   * there is none.
   *
   * @param timing the root timer of {@code --mlir-timing}, or {@code null}
   */
  static Optional<SourceProcessor.Transform> create(OptOptions options, ToolIO io, Timer timing) {
    PassManagerOptions passes = resolvePaths(options.passes(), io);
    if (!passes.runReproducer()
        && !passes.hasPasses()
        && !passes.dumpPipeline()
        && passes.statistics() == null) {
      // Nothing to run: the pass registry is not even loaded (docs/perf.md, start-up).
      return Optional.of(SourceProcessor.Transform.NONE);
    }
    PassRegistry registry = PassRegistry.global();
    if (!passes.runReproducer()) {
      try {
        passes.buildPipeline(registry);
      } catch (PipelineException e) {
        // mlir-opt reports pipeline errors at an unknown location, then the caret excerpt.
        io.stderr().println("<unknown>:0: error: " + e.render());
        return Optional.empty();
      }
    }
    return Optional.of(new RunPasses(passes, registry, io.stderr(), timing));
  }

  /** The options with the reproducer and IR tree paths resolved against the tool's directory. */
  private static PassManagerOptions resolvePaths(PassManagerOptions passes, ToolIO io) {
    IrPrintingConfig printIr = passes.printIr();
    if (printIr != null && printIr.treeDir() != null) {
      printIr =
          new IrPrintingConfig(
              printIr.before(),
              printIr.after(),
              printIr.afterOnlyChange(),
              printIr.afterOnlyFailure(),
              printIr.moduleScope(),
              printIr.flags(),
              io.workingDirectory().resolve(printIr.treeDir()));
    }
    return new PassManagerOptions(
        passes.pipeline(),
        passes.passFlags(),
        passes.threads(),
        passes.verifyEach(),
        passes.dumpPipeline(),
        passes.statistics(),
        printIr,
        passes.crashReproducer() == null
            ? null
            : io.workingDirectory().resolve(passes.crashReproducer()),
        passes.runReproducer());
  }
}
