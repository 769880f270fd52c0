package dev.aic.ir.pass;

import dev.aic.ir.Operation;

/**
 * Hooks around what a pass manager does: nested pipelines, passes and analyses. A pass manager
 * calls the "before" hooks of its instrumentations in the order they were added and the "after"
 * hooks in the reverse order, so instrumentations nest like brackets. Hooks may be called from
 * several threads at once when passes run in parallel. Every hook does nothing by default.
 */
public interface PassInstrumentation {
  /** Before the nested pipeline {@code pipeline} runs on {@code op}. */
  default void runBeforePipeline(OpPassManager pipeline, Operation op) {}

  /** After the nested pipeline {@code pipeline} ran on {@code op}, successfully or not. */
  default void runAfterPipeline(OpPassManager pipeline, Operation op) {}

  /** Before {@code pass} runs on {@code op}. */
  default void runBeforePass(Pass pass, Operation op) {}

  /** After {@code pass} ran on {@code op} and succeeded (verification included). */
  default void runAfterPass(Pass pass, Operation op) {}

  /** After {@code pass} ran on {@code op} and failed, threw, or left IR that does not verify. */
  default void runAfterPassFailed(Pass pass, Operation op) {}

  /** Before analysis {@code analysis} is computed for {@code op}. */
  default void runBeforeAnalysis(Class<?> analysis, Operation op) {}

  /** After analysis {@code analysis} was computed for {@code op}. */
  default void runAfterAnalysis(Class<?> analysis, Operation op) {}
}
