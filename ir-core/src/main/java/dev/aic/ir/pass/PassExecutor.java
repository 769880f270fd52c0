package dev.aic.ir.pass;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.verify.Verifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Runs a pass manager's entries on ops: passes with their instrumentation, verification and
 * analysis invalidation; nested managers on the matching ops nested one level down, in parallel
 * when a thread pool is given. Every failure is recorded, and a pipeline goes on with the other ops
 * after one fails, so the diagnostics do not depend on the thread count.
 */
final class PassExecutor {
  private final PassInstrumentor instrumentor;
  private final boolean verifyEach;
  private final Appendable output;
  private final Appendable rawOutput;
  private final ExecutorService pool;
  private final List<FailureSite> failures = Collections.synchronizedList(new ArrayList<>());
  // Workers run nested pipelines sequentially, so the pool never waits on itself.
  private static final ThreadLocal<Boolean> IN_WORKER = ThreadLocal.withInitial(() -> false);

  PassExecutor(
      PassInstrumentor instrumentor, boolean verifyEach, Appendable output, ExecutorService pool) {
    this.instrumentor = instrumentor;
    this.verifyEach = verifyEach;
    this.output = ParallelReplay.output(output);
    this.rawOutput = output;
    this.pool = pool;
  }

  /** The passes that failed so far, in no particular order. */
  List<FailureSite> failures() {
    return List.copyOf(failures);
  }

  /** Runs {@code pm} on {@code op}; false if any pass failed. */
  boolean run(OpPassManager pm, Operation op, AnalysisManager analyses) {
    for (PipelineEntry entry : pm.entries()) {
      boolean ok =
          entry instanceof Pass pass
              ? runPass(pass, op, analyses)
              : runNested((OpPassManager) entry, op, analyses);
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private boolean runPass(Pass pass, Operation op, AnalysisManager analyses) {
    if (!pass.canScheduleOn(op)) {
      op.emitError("unable to schedule pass '" + pass.argument() + "' on this operation");
      failures.add(new FailureSite(pass, op));
      return false;
    }
    instrumentor.runBeforePass(pass, op);
    PassExecution execution = new PassExecution(op, analyses, output);
    boolean failed;
    try {
      pass.runOnOperation(execution);
      failed = execution.failed();
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      reportCrash(pass, op, e);
      failed = true;
    }
    if (!failed && verifyEach) {
      failed = !Verifier.verify(op);
    }
    analyses.invalidate(execution.preserved());
    instrumentor.runAfterPass(pass, op, failed);
    if (failed) {
      failures.add(new FailureSite(pass, op));
    }
    return !failed;
  }

  /** A pass that threw: an internal compiler error at the op, never a stack trace. */
  private static void reportCrash(Pass pass, Operation op, Throwable e) {
    String detail = e.getMessage() == null ? "" : ": " + e.getMessage();
    Diagnostic diagnostic =
        new Diagnostic(
            Severity.ERROR,
            op.location(),
            "internal compiler error: " + e.getClass().getName() + detail,
            List.of(
                new Note(
                    op.location(),
                    "while running pass '" + pass.argument() + "' on this operation")));
    op.context().diagnostics().emit(diagnostic);
  }

  private boolean runNested(OpPassManager nested, Operation op, AnalysisManager analyses) {
    List<Operation> targets = targets(nested, op);
    if (targets.isEmpty()) {
      op.emitRemark(
          "nested pass pipeline '"
              + nested.printAsTextual()
              + "' ran on no operation: no '"
              + nested.anchor()
              + "' op is directly nested in this '"
              + op.name().name()
              + "' op");
      return true;
    }
    if (pool == null || targets.size() == 1 || IN_WORKER.get()) {
      boolean ok = true;
      for (Operation target : targets) {
        ok &= runOn(nested, target, analyses.nest(target));
      }
      return ok;
    }
    return runParallel(nested, op, targets, analyses);
  }

  private boolean runParallel(
      OpPassManager nested, Operation op, List<Operation> targets, AnalysisManager analyses) {
    List<Future<Boolean>> results = new ArrayList<>();
    try (ParallelReplay replay =
        new ParallelReplay(op.context().diagnostics(), rawOutput, targets.size())) {
      for (int i = 0; i < targets.size(); i++) {
        int index = i;
        Operation target = targets.get(i);
        AnalysisManager child = analyses.nest(target);
        results.add(
            pool.submit(
                () -> {
                  IN_WORKER.set(true);
                  boolean[] ok = new boolean[1];
                  try {
                    replay.runFor(index, () -> ok[0] = runOn(nested, target, child));
                  } finally {
                    IN_WORKER.set(false);
                  }
                  return ok[0];
                }));
      }
      boolean ok = true;
      for (Future<Boolean> result : results) {
        ok &= await(result);
      }
      return ok;
    }
  }

  private static boolean await(Future<Boolean> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running passes", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("pass worker failed", e.getCause());
    }
  }

  private boolean runOn(OpPassManager nested, Operation target, AnalysisManager analyses) {
    instrumentor.runBeforePipeline(nested, target);
    boolean ok = run(nested, target, analyses);
    instrumentor.runAfterPipeline(nested, target);
    return ok;
  }

  /** The ops directly inside {@code op} that {@code nested} runs on, in IR order. */
  private static List<Operation> targets(OpPassManager nested, Operation op) {
    List<Operation> out = new ArrayList<>();
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        for (Operation child : block.operations()) {
          if (nested.isOpAgnostic()
              ? child.hasTrait(IsolatedFromAbove.class)
              : child.name().name().equals(nested.anchor())) {
            out.add(child);
          }
        }
      }
    }
    return out;
  }
}
