package dev.aic.opt;

import dev.aic.ir.Context;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.text.SourceProcessor;
import java.util.function.Supplier;

/**
 * The {@code Parser} and {@code Output} timers of {@code --mlir-timing}, as mlir-opt reports them
 * around the pass timers: parsing (with verification) runs from a chunk's new context to its
 * transform, output is the emitter's time. A chunk that fails to parse leaves its time to {@code
 * Rest}.
 */
final class TimedPhases {
  private final Timer root;
  private final Timer parser;
  private Timer output;
  private long parseStart;

  /** Creates the {@code Parser} timer, so that it comes first under {@code root}. */
  TimedPhases(Timer root) {
    this.root = root;
    this.parser = root.child("Parser");
  }

  Supplier<Context> contexts(Supplier<Context> contexts) {
    return () -> {
      parseStart = System.nanoTime();
      return contexts.get();
    };
  }

  SourceProcessor.Transform transform(SourceProcessor.Transform transform) {
    return module -> {
      parser.add(System.nanoTime() - parseStart);
      return transform.apply(module);
    };
  }

  SourceProcessor.Emitter emitter(SourceProcessor.Emitter emitter) {
    return (module, out) -> {
      long start = System.nanoTime();
      if (output == null) {
        // Created on first use, after the first run made the pass timers, so it is listed last.
        output = root.child("Output");
      }
      emitter.emit(module, out);
      output.add(System.nanoTime() - start);
    };
  }
}
