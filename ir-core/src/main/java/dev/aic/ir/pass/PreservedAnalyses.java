package dev.aic.ir.pass;

import java.util.HashSet;
import java.util.Set;

/**
 * Which analyses a pass run kept valid. Nothing is preserved unless the pass says so: a pass that
 * changed nothing calls {@link PassExecution#markAllAnalysesPreserved}.
 */
final class PreservedAnalyses {
  private boolean all;
  private final Set<Class<?>> preserved = new HashSet<>();

  void preserveAll() {
    all = true;
  }

  void preserve(Class<?> analysis) {
    preserved.add(analysis);
  }

  boolean isAll() {
    return all;
  }

  boolean isPreserved(Class<?> analysis) {
    return all || preserved.contains(analysis);
  }
}
