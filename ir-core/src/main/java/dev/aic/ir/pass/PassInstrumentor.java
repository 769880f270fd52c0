package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import java.util.List;

/** Calls a list of instrumentations: "before" hooks in order, "after" hooks in reverse order. */
final class PassInstrumentor {
  private final List<PassInstrumentation> instrumentations;

  PassInstrumentor(List<PassInstrumentation> instrumentations) {
    this.instrumentations = List.copyOf(instrumentations);
  }

  void runBeforePipeline(OpPassManager pipeline, Operation op) {
    instrumentations.forEach(i -> i.runBeforePipeline(pipeline, op));
  }

  void runAfterPipeline(OpPassManager pipeline, Operation op) {
    for (int i = instrumentations.size() - 1; i >= 0; i--) {
      instrumentations.get(i).runAfterPipeline(pipeline, op);
    }
  }

  void runBeforePass(Pass pass, Operation op) {
    instrumentations.forEach(i -> i.runBeforePass(pass, op));
  }

  void runAfterPass(Pass pass, Operation op, boolean failed) {
    for (int i = instrumentations.size() - 1; i >= 0; i--) {
      if (failed) {
        instrumentations.get(i).runAfterPassFailed(pass, op);
      } else {
        instrumentations.get(i).runAfterPass(pass, op);
      }
    }
  }

  void runBeforeAnalysis(Class<?> analysis, Operation op) {
    instrumentations.forEach(i -> i.runBeforeAnalysis(analysis, op));
  }

  void runAfterAnalysis(Class<?> analysis, Operation op) {
    for (int i = instrumentations.size() - 1; i >= 0; i--) {
      instrumentations.get(i).runAfterAnalysis(analysis, op);
    }
  }
}
