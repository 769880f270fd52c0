package dev.aic.opt;

import dev.aic.ir.pass.PassManagerOptions;
import dev.aic.text.SourceProcessor;
import dev.aic.text.diag.DiagnosticVerifier;
import dev.aic.text.print.PrintOptions;

/**
 * Everything one {@code aic-opt} run was asked to do, read from its command line. This is the seam
 * the pass manager's options join: they are read from the same {@link dev.aic.opt.cl.CommandLine}
 * in {@link AicOptCommandLine#read}.
 *
 * @param input the input file, {@code -} for standard input
 * @param output the output file, {@code -} for standard output
 * @param splitMarker the marker to split the input on ({@code --split-input-file}), or {@code null}
 * @param outputSplitMarker what separates the outputs of split chunks
 * @param verifyDiagnostics what {@code --verify-diagnostics} checks, or {@code null} if not given
 * @param allowUnregisteredDialects whether ops of unknown dialects are accepted
 * @param noImplicitModule whether the input must be one top-level op, printed as it is
 * @param print how to print the output IR
 * @param passes the pass-manager flags: pipeline, pass flags, threads, instrumentation
 * @param timing how {@code --mlir-timing} reports, or {@code null} without it
 * @param listPasses whether to list the registered passes and exit ({@code --list-passes})
 * @param emit what form the output takes
 * @param jsonDiagnostics whether diagnostics are written as JSON lines
 */
public record OptOptions(
    String input,
    String output,
    String splitMarker,
    String outputSplitMarker,
    DiagnosticVerifier.Level verifyDiagnostics,
    boolean allowUnregisteredDialects,
    boolean noImplicitModule,
    PrintOptions print,
    PassManagerOptions passes,
    Timing timing,
    boolean listPasses,
    Emit emit,
    boolean jsonDiagnostics) {

  /** The layouts of {@code --mlir-timing-display}. */
  public enum Timing {
    /** Nested as the pipeline is. */
    TREE,
    /** One line per name, slowest first. */
    LIST,
    /** aic: the timer tree as JSON. */
    JSON
  }

  /** The output forms of {@code --emit}. */
  public enum Emit {
    /** MLIR text, as {@code mlir-opt} prints it. */
    MLIR,
    /** aic's JSON form of the IR (docs/aic-opt.md). */
    JSON
  }

  /** How {@link dev.aic.text.SourceProcessor} is to treat the input. */
  public SourceProcessor.Options processorOptions() {
    return new SourceProcessor.Options(
        splitMarker,
        outputSplitMarker,
        verifyDiagnostics,
        allowUnregisteredDialects,
        print,
        jsonDiagnostics,
        // -o writes through AtomicOutput, which keeps nothing of a failed run.
        !output.equals("-"));
  }
}
