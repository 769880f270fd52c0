package dev.aic.ir.pass;

import java.util.List;

/**
 * The service a module implements to register its passes and pipelines; {@link PassRegistry} finds
 * every provider on the class path with {@link java.util.ServiceLoader}, so a module lists its
 * provider in {@code META-INF/services/dev.aic.ir.pass.PassProvider}.
 */
public interface PassProvider {
  /** The passes this module provides. */
  List<PassInfo> passes();

  /** The pipelines this module provides; none by default. */
  default List<PipelineInfo> pipelines() {
    return List.of();
  }
}
