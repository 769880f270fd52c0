package dev.aic.ir.pass.instrument;

import dev.aic.ir.Operation;
import dev.aic.ir.pass.OpPassManager;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassInstrumentation;
import dev.aic.ir.pass.PipelineEntry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times passes and nested pipelines into a {@link Timer} tree shaped like the pipeline, as {@code
 * --mlir-timing} shows it: a pass at the top level is a child of the given parent, a nested
 * pipeline is a {@code 'func.func' Pipeline} node holding its passes. Runs of the same pass on
 * several ops, and runs of the same pipeline on several input chunks, add up in one node; a nested
 * pipeline that matched no op keeps a count of zero.
 */
public final class TimingInstrumentation implements PassInstrumentation {
  private final Map<Object, Timer> timers = new IdentityHashMap<>();
  private final ThreadLocal<Deque<Long>> starts = ThreadLocal.withInitial(ArrayDeque::new);

  /** Prepares a timer under {@code parent} for every pass and nested pipeline of {@code root}. */
  public TimingInstrumentation(OpPassManager root, Timer parent) {
    build(root, parent);
  }

  private void build(OpPassManager pm, Timer parent) {
    List<PipelineEntry> entries = pm.entries();
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof Pass pass) {
        timers.put(pass, parent.child(i + " " + pass.name(), pass.name()));
      } else {
        OpPassManager nested = (OpPassManager) entries.get(i);
        String name = pipelineName(nested);
        Timer timer = parent.child(i + " " + name, name);
        timers.put(nested, timer);
        build(nested, timer);
      }
    }
  }

  /** The name of a nested pipeline's timer: {@code 'func.func' Pipeline}. */
  public static String pipelineName(OpPassManager pm) {
    return "'" + pm.anchor() + "' Pipeline";
  }

  @Override
  public void runBeforePipeline(OpPassManager pipeline, Operation op) {
    start();
  }

  @Override
  public void runAfterPipeline(OpPassManager pipeline, Operation op) {
    stop(pipeline);
  }

  @Override
  public void runBeforePass(Pass pass, Operation op) {
    start();
  }

  @Override
  public void runAfterPass(Pass pass, Operation op) {
    stop(pass);
  }

  @Override
  public void runAfterPassFailed(Pass pass, Operation op) {
    stop(pass);
  }

  private void start() {
    starts.get().push(System.nanoTime());
  }

  private void stop(Object entry) {
    long elapsed = System.nanoTime() - starts.get().pop();
    Timer timer = timers.get(entry);
    if (timer != null) {
      timer.add(elapsed);
    }
  }
}
