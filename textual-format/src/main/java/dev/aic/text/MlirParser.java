package dev.aic.text;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.verify.Verifier;
import dev.aic.text.builtin.BuiltinDialect;
import dev.aic.text.parse.ParserState;
import dev.aic.text.parse.TopLevelParser;
import java.util.Optional;

/**
 * Reads MLIR 22 text into IR. Errors are reported as diagnostics to the context's engine; the parse
 * stops at the first one, as MLIR's does, and no exception escapes.
 */
public final class MlirParser {
  /** The parser thread's stack: ample for the nesting bound, reserved rather than committed. */
  private static final long PARSER_STACK = 256L << 20;

  private MlirParser() {}

  /** Parses and verifies {@code source}; see {@link #parse(Context, SourceFile, boolean)}. */
  public static Optional<Operation> parse(Context context, SourceFile source) {
    return parse(context, source, true);
  }

  /**
   * Parses {@code source} into a {@code builtin.module}: the one module op the source holds, or an
   * implicit module around its top-level ops.
   *
   * @param verify whether to verify the result, as MLIR's parser does by default
   * @return the module, or empty after a reported error
   */
  public static Optional<Operation> parse(Context context, SourceFile source, boolean verify) {
    // The parser recurses once per nesting level (bounded by ParserState.MAX_NESTING); a thread of
    // its own guarantees the stack for that bound whatever the caller's stack has left.
    ParserThread parser = new ParserThread(context, source, verify);
    parser.start();
    try {
      parser.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing", e);
    }
    if (parser.failure != null) {
      // Out of memory and the like belong to the caller, on its own thread.
      throw parser.failure;
    }
    return parser.result;
  }

  /**
   * Parses on a stack of {@link #PARSER_STACK} bytes. (A subclass rather than a lambda: this runs
   * on every start, where the first lambda costs JDK 17 about 10 ms, docs/perf.md.)
   */
  private static final class ParserThread extends Thread {
    private final Context context;
    private final SourceFile source;
    private final boolean verify;
    // Written by this thread, read after join(), which orders the two.
    private Optional<Operation> result = Optional.empty();
    private Error failure;

    ParserThread(Context context, SourceFile source, boolean verify) {
      super(null, null, "aic-parser", PARSER_STACK);
      this.context = context;
      this.source = source;
      this.verify = verify;
    }

    @Override
    public void run() {
      try {
        result = parseHere(context, source, verify);
      } catch (Error e) {
        failure = e;
      }
    }
  }

  private static Optional<Operation> parseHere(Context context, SourceFile source, boolean verify) {
    context.loadDialect(new BuiltinDialect());
    Operation module = parseModule(context, new ParserState(context, source));
    if (module == null || verify && !Verifier.verify(module)) {
      return Optional.empty();
    }
    return Optional.of(module);
  }

  /** The module, or {@code null} after a reported error. */
  private static Operation parseModule(Context context, ParserState state) {
    try {
      return new TopLevelParser(state).parse();
    } catch (ParseException e) {
      return null;
    } catch (RuntimeException e) {
      // A bug, not bad input: say so at the place the parser had reached, never as a stack trace.
      context
          .diagnostics()
          .emit(
              new Diagnostic(
                  Severity.ERROR,
                  state.currentLocation(),
                  "internal compiler error while parsing: " + e));
      return null;
    }
  }
}
