package dev.aic.opt;

import dev.aic.text.SourceProcessor;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Builds the transform {@code aic-opt} runs on each parsed module from its options. This is where
 * the pass manager plugs in: it parses {@link OptOptions#passPipeline} here, before any input is
 * read, and returns a transform that runs the pipeline.
 */
final class PipelineSetup {
  private PipelineSetup() {}

  /**
   * The transform for {@code options}, or empty after reporting on {@code err} why there is none.
   */
  static Optional<SourceProcessor.Transform> create(OptOptions options, PrintStream err) {
    if (!options.passPipeline().isBlank()) {
      err.println(
          "error: cannot run pass pipeline '"
              + options.passPipeline()
              + "': passes are not available in aic-opt yet");
      return Optional.empty();
    }
    return Optional.of(module -> true);
  }
}
