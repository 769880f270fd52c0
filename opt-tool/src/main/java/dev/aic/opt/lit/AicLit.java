package dev.aic.opt.lit;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import dev.aic.opt.tool.ToolMain;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code aic-lit [-v] [-a] [--filter=RE] [-j N] [--external-tool=NAME]... PATH...}: runs lit
 * ShTests in this JVM, printing what LLVM's {@code lit} prints and exiting as it does (0 when all
 * pass, 1 on any failure, 2 on bad usage or when nothing was found). The environment variable
 * {@value #EXTERNAL_TOOLS_VARIABLE} (comma-separated names) adds to {@code --external-tool}.
 */
public final class AicLit implements Tool {
  /** Names of tools to run from {@code PATH} rather than in process, comma-separated. */
  public static final String EXTERNAL_TOOLS_VARIABLE = "AIC_LIT_EXTERNAL_TOOLS";

  private static final String USAGE =
      "usage: aic-lit [-v] [-a] [--filter=RE] [-j N] [--external-tool=NAME]... PATH...\n";

  @Override
  public String name() {
    return "aic-lit";
  }

  /** Runs the tool as a process. */
  public static void main(String[] args) {
    ToolMain.exit(new AicLit(), args);
  }

  /** The parsed command line. */
  private static final class Options {
    boolean showFailures;
    boolean showAll;
    Pattern filter;
    int workers = Runtime.getRuntime().availableProcessors();
    final Set<String> externalTools = new HashSet<>();
    final List<Path> paths = new ArrayList<>();
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    Options options = new Options();
    options.externalTools.addAll(externalToolsFrom(io.environment()));
    String error = parse(args, io, options);
    if (error != null) {
      io.stderr().print("aic-lit: error: " + error + "\n" + USAGE);
      return 2;
    }
    TestDiscovery discovery = new TestDiscovery(io.environment());
    List<LitTest> tests;
    try {
      tests = discovery.discover(options.paths);
    } catch (IOException e) {
      io.stderr().print("aic-lit: error: " + e.getMessage() + "\n");
      return 2;
    }
    discovery.warnings().forEach(w -> io.stderr().print("aic-lit: warning: " + w + "\n"));
    if (tests.isEmpty()) {
      io.stderr().print("aic-lit: error: did not discover any tests for provided path(s)\n");
      return 2;
    }
    int discovered = tests.size();
    if (options.filter != null) {
      tests = tests.stream().filter(t -> options.filter.matcher(t.fullName()).find()).toList();
      if (tests.isEmpty()) {
        io.stderr()
            .print(
                "aic-lit: error: filter did not match any tests (of "
                    + discovered
                    + " discovered).  Use '--allow-empty-runs' to suppress this error.\n");
        return 2;
      }
    }
    LitReport report =
        new LitReport(io.stdout(), tests.size(), options.showFailures, options.showAll);
    int workers = Math.max(1, Math.min(options.workers, tests.size()));
    report.header(workers);
    long start = System.nanoTime();
    runAll(
        tests,
        new ShTestExecutor(ToolRegistry.fromClassPath(), options.externalTools),
        workers,
        report);
    report.summary((System.nanoTime() - start) / 1e9);
    return report.hasFailures() ? 1 : 0;
  }

  private static void runAll(
      List<LitTest> tests, ShTestExecutor executor, int workers, LitReport report) {
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (LitTest test : tests) {
        futures.add(pool.submit(() -> report.result(test, executor.execute(test))));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the lit runner failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The tool names listed in {@value #EXTERNAL_TOOLS_VARIABLE}, if set. */
  public static Set<String> externalToolsFrom(java.util.Map<String, String> environment) {
    String list = environment.getOrDefault(EXTERNAL_TOOLS_VARIABLE, "");
    Set<String> names = new HashSet<>();
    for (String name : list.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /** Fills {@code options}; returns an error message for bad usage. */
  private static String parse(List<String> args, ToolIO io, Options options) {
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-v") || arg.equals("--verbose")) {
        options.showFailures = true;
      } else if (arg.equals("-a") || arg.equals("--show-all")) {
        options.showAll = true;
      } else if (arg.startsWith("--filter=")) {
        try {
          options.filter = Pattern.compile(arg.substring("--filter=".length()));
        } catch (PatternSyntaxException e) {
          return "invalid --filter: " + e.getDescription();
        }
      } else if (arg.equals("-j") || arg.startsWith("--workers=")) {
        String value =
            arg.equals("-j") ? (i + 1 < args.size() ? args.get(++i) : "") : arg.substring(10);
        try {
          options.workers = Integer.parseInt(value);
        } catch (NumberFormatException e) {
          return "invalid number of workers '" + value + "'";
        }
        if (options.workers < 1) {
          return "number of workers must be positive";
        }
      } else if (arg.startsWith("--external-tool=")) {
        options.externalTools.add(arg.substring("--external-tool=".length()));
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        return "unrecognized argument: " + arg;
      } else {
        try {
          options.paths.add(io.resolve(arg));
        } catch (IOException e) {
          return "invalid test path '" + arg.replace('\0', '?') + "'";
        }
      }
    }
    return options.paths.isEmpty() ? "no test paths given" : null;
  }
}
