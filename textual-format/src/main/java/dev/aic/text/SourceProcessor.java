package dev.aic.text;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticHandler;
import dev.aic.ir.verify.Verifier;
import dev.aic.text.diag.DiagnosticVerifier;
import dev.aic.text.diag.JsonDiagnosticPrinter;
import dev.aic.text.diag.SourceDiagnosticPrinter;
import dev.aic.text.diag.SourceManager;
import dev.aic.text.diag.SplitInput;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What {@code mlir-opt} does with one input buffer: split it on {@code // -----} if asked, and for
 * each chunk parse, verify, transform and print, reporting diagnostics with their source lines or
 * checking them against {@code expected-*} comments. Tools run their pass pipelines as the
 * transform.
 */
public final class SourceProcessor {
  /**
   * The smallest chunk (in characters) whose module is printed while it is verified: below it, a
   * second thread costs more than it saves, and short runs would load its class from the jar.
   */
  static final int OVERLAP_MIN = 1 << 20;

  private SourceProcessor() {}

  /**
   * How to process a buffer.
   *
   * @param splitMarker the marker to split on ({@code --split-input-file}), or {@code null}
   * @param outputSplitMarker what separates the outputs of chunks
   * @param verifyDiagnostics which diagnostics to check against the file's expectations, or {@code
   *     null} to report them instead ({@code --verify-diagnostics[=level]})
   * @param allowUnregisteredDialects whether ops of unknown dialects are accepted
   * @param print how to print the result
   * @param jsonDiagnostics whether diagnostics are reported as JSON lines ({@code
   *     --diagnostics-format=json}) rather than with their source lines; the diagnostic verifier's
   *     own reports stay text
   * @param outputDiscardedOnFailure whether the caller throws the output away when processing
   *     fails, as {@code aic-opt -o FILE} does: a module of a megabyte or more may then be printed
   *     while it is still being verified, on a second thread (without a transform and {@code
   *     verifyDiagnostics} only)
   */
  public record Options(
      String splitMarker,
      String outputSplitMarker,
      DiagnosticVerifier.Level verifyDiagnostics,
      boolean allowUnregisteredDialects,
      PrintOptions print,
      boolean jsonDiagnostics,
      boolean outputDiscardedOnFailure) {
    /** No splitting, no verification of diagnostics, default printing. */
    public static final Options DEFAULT =
        new Options(
            null, SplitInput.DEFAULT_MARKER, null, false, PrintOptions.DEFAULT, false, false);
  }

  /** Writes a processed module to the output: as MLIR text by default, or as JSON. */
  @FunctionalInterface
  public interface Emitter {
    /** Writes {@code module}, without a trailing newline. */
    void emit(Operation module, Appendable out) throws IOException;
  }

  /** Emits modules as MLIR text, printed with {@code options}. */
  public record TextEmitter(PrintOptions options) implements Emitter {
    @Override
    public void emit(Operation module, Appendable out) throws IOException {
      AsmPrinter.print(module, options, out);
    }
  }

  /** The work done on each parsed module before it is printed; false after a reported error. */
  @FunctionalInterface
  public interface Transform {
    /** Leaves the module as parsed. */
    Transform NONE = new None();

    /** Transforms {@code module} in place, returning whether it succeeded. */
    boolean apply(Operation module);
  }

  /**
   * The transform {@link Transform#NONE}. (A class rather than a lambda: it runs on every start,
   * where the first lambda costs JDK 17 about 10 ms, docs/perf.md.)
   */
  private static final class None implements Transform {
    @Override
    public boolean apply(Operation module) {
      return true;
    }
  }

  /**
   * Processes {@code file} as {@link #process(SourceFile, Supplier, Options, Transform, Emitter,
   * Appendable, Appendable)} does, printing each module as MLIR text with {@link Options#print}.
   */
  public static boolean process(
      SourceFile file,
      Supplier<Context> contexts,
      Options options,
      Transform transform,
      Appendable out,
      Appendable err) {
    return process(file, contexts, options, transform, new TextEmitter(options.print()), out, err);
  }

  /**
   * Processes {@code file}, writing the results through {@code emitter} to {@code out} and
   * diagnostics to {@code err}; each chunk gets a fresh context from {@code contexts}, as chunks
   * are independent.
   *
   * @return whether everything succeeded (with {@code verifyDiagnostics}: whether the diagnostics
   *     were exactly the expected ones)
   */
  public static boolean process(
      SourceFile file,
      Supplier<Context> contexts,
      Options options,
      Transform transform,
      Emitter emitter,
      Appendable out,
      Appendable err) {
    SourceManager sources = new SourceManager();
    List<SourceFile> chunks;
    List<Diagnostic> warnings = List.of();
    if (options.splitMarker() != null) {
      SplitInput.Result split = SplitInput.split(file, options.splitMarker());
      chunks = new ArrayList<>();
      for (SplitInput.Chunk chunk : split.chunks()) {
        chunks.add(chunk.source());
      }
      warnings = split.warnings();
    } else {
      chunks = List.of(file);
    }
    // Chunks keep the file's name and line numbers, so the whole file serves their source lines
    // and holds every expectation once.
    sources.add(file);
    SourceDiagnosticPrinter printer = new SourceDiagnosticPrinter(sources, err);
    DiagnosticHandler reporter =
        options.jsonDiagnostics() ? new JsonDiagnosticPrinter(err) : printer;
    for (Diagnostic warning : warnings) {
      reporter.handle(warning);
    }
    boolean ok = true;
    DiagnosticVerifier verifier =
        options.verifyDiagnostics() != null
            ? new DiagnosticVerifier(printer, options.verifyDiagnostics())
            : null;
    try {
      for (int i = 0; i < chunks.size(); i++) {
        if (i > 0) {
          out.append(SplitInput.outputSeparator(options.outputSplitMarker()));
        }
        Context context = contexts.get();
        context.setAllowUnregisteredDialects(options.allowUnregisteredDialects());
        if (verifier != null) {
          verifier.attach(context.diagnostics());
        } else {
          context.diagnostics().addHandler(reporter);
        }
        try {
          boolean overlap =
              options.outputDiscardedOnFailure()
                  && transform == Transform.NONE
                  && verifier == null
                  && chunks.get(i).text().length() >= OVERLAP_MIN;
          Operation module = MlirParser.parse(context, chunks.get(i), !overlap).orElse(null);
          if (module != null && overlap) {
            ok &= emitWhileVerifying(module, emitter, out);
          } else if (module != null && transform.apply(module)) {
            emit(emitter, module, out);
          } else {
            ok = false;
          }
        } finally {
          if (verifier != null) {
            verifier.detach();
          } else {
            context.diagnostics().removeHandler(reporter);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (verifier != null) {
      // As mlir-opt's handler: verify now, and once more as it is torn down.
      try (verifier) {
        return verifier.verify();
      }
    }
    return ok;
  }

  private static void emit(Emitter emitter, Operation module, Appendable out) throws IOException {
    emitter.emit(module, out);
    out.append('\n');
  }

  /**
   * Emits {@code module} while a second thread verifies it, so that the two overlap on two cores;
   * only for output that is thrown away when this returns false. The printer may fail on invalid
   * IR: that failure counts only if the module verified.
   */
  private static boolean emitWhileVerifying(Operation module, Emitter emitter, Appendable out)
      throws IOException {
    VerifierThread verifier = new VerifierThread(module);
    verifier.start();
    RuntimeException printFailure = null;
    try {
      emit(emitter, module, out);
    } catch (RuntimeException e) {
      printFailure = e;
    } finally {
      verifier.awaitResult();
    }
    if (!verifier.valid) {
      return false;
    }
    if (printFailure != null) {
      throw printFailure;
    }
    return true;
  }

  /**
   * Verifies one module. (A subclass rather than a lambda: on JDK 17 the first lambda of a run
   * costs about 10 ms, docs/perf.md.) The verifier walks with explicit worklists, so the default
   * stack suffices for any nesting.
   */
  private static final class VerifierThread extends Thread {
    private final Operation module;
    // Written by this thread, read after join(), which orders the two.
    private boolean valid;
    private Throwable failure;

    VerifierThread(Operation module) {
      super("aic-verifier");
      this.module = module;
    }

    @Override
    public void run() {
      try {
        valid = Verifier.verify(module);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
    }

    /** Waits for the verdict, rethrowing on this thread what the verifier threw. */
    void awaitResult() {
      boolean interrupted = false;
      while (true) {
        try {
          join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
    }
  }
}
