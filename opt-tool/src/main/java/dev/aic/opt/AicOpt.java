package dev.aic.opt;

import dev.aic.ir.Context;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.opt.cl.CommandLine;
import dev.aic.opt.cl.HelpFormatter;
import dev.aic.opt.cl.UsageException;
import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import dev.aic.opt.tool.ToolMain;
import dev.aic.text.SourceFile;
import dev.aic.text.SourceProcessor;
import dev.aic.text.print.Utf8Output;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/**
 * {@code aic-opt}: {@code mlir-opt}'s driver for aic. It reads one input (a file or {@code -}),
 * optionally split into chunks, and for each chunk parses, verifies, runs the transform and prints
 * the result, or checks the diagnostics against the file's {@code expected-*} comments.
 *
 * <p>Exit status: 0 on success, 1 after a diagnosed error (bad input, failed verification, an
 * internal error), 2 for a bad command line.
 */
public final class AicOpt implements Tool {
  /** The tool's name on RUN lines and in messages. */
  public static final String NAME = "aic-opt";

  private static final String OVERVIEW = "aic modular optimizer driver";
  private static final String USAGE = NAME + " [options] <input file>";

  /** The tool; {@link java.util.ServiceLoader} and {@link #main} create it. */
  public AicOpt() {}

  /** Runs {@code aic-opt} as a process. */
  public static void main(String[] args) {
    ToolMain.exit(new AicOpt(), args);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    try {
      return runOrThrow(args, io);
    } catch (RuntimeException | Error e) {
      // A bug in aic, not in the input: say so without a stack trace.
      io.stderr().println("error: internal compiler error: " + e);
      io.stderr().flush();
      return 1;
    }
  }

  private static int runOrThrow(List<String> args, ToolIO io) {
    CommandLine line;
    OptOptions options;
    try {
      line = AicOptCommandLine.parse(NAME, args);
      options = AicOptCommandLine.read(line);
    } catch (UsageException e) {
      io.stderr().println(NAME + ": " + e.getMessage());
      return 2;
    }
    if (line.flag("help") || line.flag("help-hidden")) {
      String overview =
          OVERVIEW
              + "\n\nAvailable Dialects: "
              + String.join(", ", DialectCatalog.discover().namespaces());
      io.stdout()
          .print(
              new HelpFormatter(AicOptCommandLine.table())
                  .format(overview, USAGE, line.flag("help-hidden")));
      io.stdout().flush();
      return 0;
    }
    if (line.flag("version")) {
      io.stdout().println("aic version " + version());
      io.stdout().println("  Java runtime " + Runtime.version());
      io.stdout().flush();
      return 0;
    }
    if (line.flag("show-dialects")) {
      io.stdout()
          .println(
              "Available Dialects: " + String.join(",", DialectCatalog.discover().namespaces()));
      io.stdout().flush();
      return 0;
    }
    if (line.flag("list-passes")) {
      io.stdout().print(PassRegistry.global().listing());
      io.stdout().flush();
      return 0;
    }
    long start = System.nanoTime();
    Timer timing = options.timing() == null ? null : new Timer("root");
    TimedPhases phases = timing == null ? null : new TimedPhases(timing);
    Optional<SourceProcessor.Transform> transform = PipelineSetup.create(options, io, timing);
    if (transform.isEmpty()) {
      return 1;
    }
    boolean ok = process(options, transform.get(), phases, io);
    if (timing != null) {
      // Parser, the passes and Output hang under the root; the rest of the run is "Rest".
      timing.add(System.nanoTime() - start);
      TimingOutput.print(timing, options.timing(), io.stderr());
    }
    return ok ? 0 : 1;
  }

  private static boolean process(
      OptOptions options, SourceProcessor.Transform transform, TimedPhases phases, ToolIO io) {
    SourceFile input;
    try {
      input = read(options.input(), io);
    } catch (IOException e) {
      io.stderr().println("cannot open input file '" + options.input() + "': " + reason(e));
      return false;
    }
    SourceProcessor.Emitter emitter =
        options.emit() == OptOptions.Emit.JSON
            ? new IrJsonEmitter()
            : new SourceProcessor.TextEmitter(options.print());
    if (options.noImplicitModule()) {
      TopLevelOp topLevel = new TopLevelOp();
      transform = topLevel.unwrapping(transform);
      emitter = topLevel.unwrapping(emitter);
    }
    Supplier<Context> contexts = DialectCatalog.discover();
    if (phases != null) {
      contexts = phases.contexts(contexts);
      transform = phases.transform(transform);
      emitter = phases.emitter(emitter);
    }
    if (options.output().equals("-")) {
      OutputStream stdout = new BufferedOutputStream(io.stdout(), 1 << 16);
      boolean ok = run(input, contexts, options, transform, emitter, stdout, io);
      flush(stdout);
      return ok;
    }
    try (AtomicOutput output = AtomicOutput.open(io.resolve(options.output()))) {
      boolean ok = run(input, contexts, options, transform, emitter, output.stream(), io);
      if (ok) {
        output.commit();
      }
      return ok;
    } catch (IOException e) {
      io.stderr().println("cannot open output file '" + options.output() + "': " + reason(e));
      return false;
    }
  }

  private static boolean run(
      SourceFile input,
      Supplier<Context> contexts,
      OptOptions options,
      SourceProcessor.Transform transform,
      SourceProcessor.Emitter emitter,
      OutputStream out,
      ToolIO io) {
    boolean ok =
        SourceProcessor.process(
            input,
            contexts,
            options.processorOptions(),
            transform,
            emitter,
            new Utf8Output(out),
            io.stderr());
    io.stderr().flush();
    return ok;
  }

  /**
   * The input as a source named as {@code mlir-opt} names it: the path given, or {@code <stdin>}.
   */
  private static SourceFile read(String name, ToolIO io) throws IOException {
    byte[] bytes;
    if (name.equals("-")) {
      bytes = io.stdin().readAllBytes();
      name = "<stdin>";
    } else {
      bytes = io.readFile(name);
    }
    // Decoding with replacement rather than failing: bad bytes then surface as parse errors.
    return new SourceFile(name, new String(bytes, StandardCharsets.UTF_8));
  }

  /** The C library's wording, which {@code mlir-opt} prints, for the common failures. */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return String.valueOf(e.getMessage());
  }

  private static void flush(OutputStream out) {
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version() {
    Properties properties = new Properties();
    try (InputStream in = AicOpt.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }
}
