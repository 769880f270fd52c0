package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.OperationFormatter;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.UnknownLoc;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The top-level pass manager: a root {@link OpPassManager} plus how to run it (threads,
 * verification after each pass, instrumentations, crash reproducer).
 *
 * <pre>{@code
 * PassManager pm = new PassManager(OpPassManager.parse("builtin.module(cse)", registry));
 * pm.setThreads(1);
 * boolean ok = pm.run(module);
 * }</pre>
 */
public final class PassManager {
  private final OpPassManager root;
  private final List<PassInstrumentation> instrumentations = new ArrayList<>();
  private int threads = Runtime.getRuntime().availableProcessors();
  private boolean verifyEach = true;
  private Appendable output =
      new SerializedOutput(new PrintStream(System.err, true, StandardCharsets.UTF_8));
  private Path reproducer;

  /** Runs {@code root}. */
  public PassManager(OpPassManager root) {
    this.root = root;
  }

  /** The root pipeline, to add passes to. */
  public OpPassManager root() {
    return root;
  }

  /** Sets the number of threads for nested pipelines; 1 runs everything on the caller. */
  public PassManager setThreads(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + count);
    }
    this.threads = count;
    return this;
  }

  /** The number of threads. */
  public int threads() {
    return threads;
  }

  /** Sets whether the IR is verified after each pass (on by default, as in mlir-opt). */
  public PassManager setVerifyEach(boolean verify) {
    this.verifyEach = verify;
    return this;
  }

  /** Whether the IR is verified after each pass. */
  public boolean verifiesEach() {
    return verifyEach;
  }

  /**
   * Sets where passes print their own output (standard error by default); calls are serialized, so
   * {@code out} need not be thread-safe.
   */
  public PassManager setOutput(Appendable out) {
    this.output = new SerializedOutput(out);
    return this;
  }

  /** Adds an instrumentation; "before" hooks run in the order added, "after" hooks reversed. */
  public PassManager addInstrumentation(PassInstrumentation instrumentation) {
    instrumentations.add(instrumentation);
    return this;
  }

  /**
   * Writes a crash reproducer to {@code path} when a run fails: the input IR followed by the
   * pipeline in an {@code external_resources} section, which {@link ReproducerConfig} reads back.
   */
  public PassManager enableCrashReproducer(Path path) {
    this.reproducer = path;
    return this;
  }

  /**
   * Runs the pipeline on {@code op}: checks the anchors first, then runs. Every problem is a
   * diagnostic in {@code op}'s context.
   *
   * @return whether every pass succeeded
   */
  public boolean run(Operation op) {
    if (!root.isOpAgnostic() && !root.anchor().equals(op.name().name())) {
      op.emitError(
          "can't run '" + root.anchor() + "' pass manager on '" + op.name().name() + "' op");
      return false;
    }
    try {
      root.verifyAnchors(op.context());
    } catch (PipelineException e) {
      op.context()
          .diagnostics()
          .emit(new Diagnostic(Severity.ERROR, UnknownLoc.INSTANCE, e.render()));
      return false;
    }
    String input = reproducer == null ? null : print(op);
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemons()) : null;
    try {
      PassInstrumentor instrumentor = new PassInstrumentor(instrumentations);
      PassExecutor executor = new PassExecutor(instrumentor, verifyEach, output, pool);
      boolean ok = executor.run(root, op, new AnalysisManager(op, instrumentor));
      if (!ok && reproducer != null) {
        writeReproducer(op, input, executor.failures());
      }
      return ok;
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static ThreadFactory daemons() {
    return work -> {
      Thread thread = new Thread(work, "aic-pass-worker");
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String print(Operation op) {
    StringBuilder out = new StringBuilder();
    OperationFormatter.get().print(op, out, IrPrintFlags.DEFAULT);
    return out.toString();
  }

  private void writeReproducer(Operation op, String input, List<FailureSite> failures) {
    ReproducerConfig config = new ReproducerConfig(root.printAsTextual(), threads == 1, verifyEach);
    String where = failures.isEmpty() ? "" : "[" + firstInIrOrder(op, failures).describe() + "]";
    Diagnostic diagnostic;
    try {
      Path temporary = Files.createTempFile(absoluteParent(reproducer), ".reproducer", ".tmp");
      Files.writeString(temporary, input + config.render(), StandardCharsets.UTF_8);
      Files.move(temporary, reproducer, StandardCopyOption.REPLACE_EXISTING);
      diagnostic =
          new Diagnostic(
              Severity.ERROR,
              UnknownLoc.INSTANCE,
              "Failures have been detected while processing an MLIR pass pipeline",
              List.of(
                  new Note(
                      UnknownLoc.INSTANCE,
                      "Pipeline failed while executing "
                          + where
                          + ": reproducer generated at `"
                          + reproducer
                          + "`")));
    } catch (IOException e) {
      diagnostic =
          new Diagnostic(
              Severity.ERROR,
              UnknownLoc.INSTANCE,
              "Failed to create reproducer `" + reproducer + "`: " + e.getMessage());
    }
    op.context().diagnostics().emit(diagnostic);
  }

  private static Path absoluteParent(Path path) {
    Path parent = path.toAbsolutePath().getParent();
    return parent == null ? Path.of(".") : parent;
  }

  /** The failure whose op comes first in a pre-order walk, so threads do not change the note. */
  private static FailureSite firstInIrOrder(Operation root, List<FailureSite> failures) {
    Map<Operation, Integer> order = new IdentityHashMap<>();
    root.walk(op -> order.putIfAbsent(op, order.size()));
    return failures.stream()
        .min(Comparator.comparingInt(site -> order.getOrDefault(site.op(), Integer.MAX_VALUE)))
        .orElseThrow();
  }
}
