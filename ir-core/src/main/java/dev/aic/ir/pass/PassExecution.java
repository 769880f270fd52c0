package dev.aic.ir.pass;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of a pass on one op: what {@link Pass#runOnOperation} works with. It gives the op, its
 * analyses, the stream for a pass's own output (MLIR's debug stream), and records failure and the
 * analyses the run preserved.
 */
public final class PassExecution {
  private final Operation op;
  private final AnalysisManager analyses;
  private final Appendable output;
  private final PreservedAnalyses preserved = new PreservedAnalyses();
  private boolean failed;

  PassExecution(Operation op, AnalysisManager analyses, Appendable output) {
    this.op = op;
    this.analyses = analyses;
    this.output = output;
  }

  /** The op the pass runs on. */
  public Operation operation() {
    return op;
  }

  /** The op's context. */
  public Context context() {
    return op.context();
  }

  /**
   * Where a pass writes what it prints, such as {@code print-op-stats}' table (standard error in
   * {@code aic-opt}). Writes are whole calls; a pass should build its text and append it once.
   */
  public Appendable output() {
    return output;
  }

  /** Marks the run failed; the pass should have emitted an error that says why. */
  public void signalPassFailure() {
    failed = true;
  }

  /** Whether {@link #signalPassFailure} was called. */
  public boolean failed() {
    return failed;
  }

  /** The analysis {@code type} of the op, cached or computed by {@code compute}. */
  public <A> A analysis(Class<A> type, Function<Operation, ? extends A> compute) {
    return analyses.analysis(type, compute);
  }

  /** The analysis {@code type} of the op if a previous pass left it cached. */
  public <A> Optional<A> cachedAnalysis(Class<A> type) {
    return analyses.cachedAnalysis(type);
  }

  /** The analysis manager of a nested op, for passes that analyse the ops inside theirs. */
  public AnalysisManager nestedAnalyses(Operation child) {
    return analyses.nest(child);
  }

  /** Keeps every cached analysis: the pass changed nothing they depend on. */
  public void markAllAnalysesPreserved() {
    preserved.preserveAll();
  }

  /** Keeps the cached analyses of the given types. */
  public void markAnalysesPreserved(Class<?>... types) {
    for (Class<?> type : types) {
      preserved.preserve(type);
    }
  }

  PreservedAnalyses preserved() {
    return preserved;
  }
}
