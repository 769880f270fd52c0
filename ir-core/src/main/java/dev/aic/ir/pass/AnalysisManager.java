package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The analyses computed for one op, cached until a pass that did not preserve them runs on the op
 * or an op around it; it holds the managers of the ops nested pipelines run on. Results are keyed
 * by their class.
 */
public final class AnalysisManager {
  private final Operation op;
  private final PassInstrumentor instrumentor;
  private final Map<Class<?>, Object> cache = new ConcurrentHashMap<>();
  private final Map<Operation, AnalysisManager> nested = new ConcurrentHashMap<>();

  AnalysisManager(Operation op, PassInstrumentor instrumentor) {
    this.op = op;
    this.instrumentor = instrumentor;
  }

  /** The op whose analyses this manager holds. */
  public Operation operation() {
    return op;
  }

  /**
   * The analysis {@code type} of this op: the cached result, else {@code compute} applied to the
   * op, which is then cached.
   */
  public <A> A analysis(Class<A> type, Function<Operation, ? extends A> compute) {
    Object cached = cache.get(type);
    if (cached != null) {
      return type.cast(cached);
    }
    instrumentor.runBeforeAnalysis(type, op);
    A result = compute.apply(op);
    instrumentor.runAfterAnalysis(type, op);
    cache.put(type, result);
    return result;
  }

  /** The analysis {@code type} if it is cached. */
  public <A> Optional<A> cachedAnalysis(Class<A> type) {
    return Optional.ofNullable(type.cast(cache.get(type)));
  }

  /** The manager of {@code child}, an op nested in this one. */
  public AnalysisManager nest(Operation child) {
    return nested.computeIfAbsent(child, c -> new AnalysisManager(c, instrumentor));
  }

  /** Drops every analysis of this op and the ops nested in it that {@code preserved} lacks. */
  void invalidate(PreservedAnalyses preserved) {
    if (preserved.isAll()) {
      return;
    }
    cache.keySet().removeIf(type -> !preserved.isPreserved(type));
    for (AnalysisManager child : nested.values()) {
      child.invalidate(preserved);
    }
    // Nested ops may have been erased by the pass; forget their managers.
    nested.keySet().removeIf(child -> !op.isProperAncestor(child));
  }
}
