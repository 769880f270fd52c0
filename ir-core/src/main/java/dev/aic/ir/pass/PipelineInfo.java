package dev.aic.ir.pass;

import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionValues;
import java.util.List;
import java.util.Objects;

/**
 * A registered pass pipeline: a name that expands, where it is written, into passes ({@code
 * aic-cpu-pipeline{opt-level=2}}).
 *
 * @param argument the name in pipelines and as an {@code aic-opt} flag
 * @param summary one line for {@code --list-passes}
 * @param options the declared options
 * @param builder adds the pipeline's passes to a pass manager
 */
public record PipelineInfo(
    String argument, String summary, List<Option<?>> options, Builder builder) {
  /** Validates the components and copies the options. */
  public PipelineInfo {
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(builder, "builder");
    options = List.copyOf(options);
  }

  /** Adds a pipeline's passes. */
  @FunctionalInterface
  public interface Builder {
    /**
     * Adds the passes to {@code pm}, configured by {@code options}; {@code registry} resolves pass
     * names for pipelines written as text ({@link OpPassManager#addPipeline}).
     *
     * @throws PipelineException if the expansion does not fit {@code pm}
     */
    void build(OpPassManager pm, OptionValues options, PassRegistry registry);
  }
}
