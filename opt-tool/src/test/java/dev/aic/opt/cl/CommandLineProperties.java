package dev.aic.opt.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.opt.AicOpt;
import dev.aic.opt.AicOptCommandLine;
import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Arbitrary command lines: parsed or refused with a usage error, never anything else. */
class CommandLineProperties {
  private static final Set<String> TARGETS =
      AicOptCommandLine.table().options().stream()
          .map(OptionSpec::target)
          .collect(Collectors.toSet());

  /**
   * Options whose job is to report on standard error even when all goes well: every pass flag (a
   * pass may print, as {@code --view-op-graph} and {@code --print-op-stats} do), the pipeline dump,
   * timing, statistics and IR dumps.
   */
  private static final List<String> REPORTING =
      Stream.concat(
              PassRegistry.global().passes().stream().map(PassInfo::argument),
              Stream.of(
                  "dump-pass-pipeline", "mlir-timing", "mlir-pass-statistics", "mlir-print-ir"))
          .toList();

  /** Arguments mixing real option names, near misses, values and file names. */
  @Provide
  Arbitrary<List<String>> commandLines() {
    Arbitrary<String> names =
        Arbitraries.of(AicOptCommandLine.table().options().stream().map(OptionSpec::name).toList());
    Arbitrary<String> option =
        Combinators.combine(
                Arbitraries.of("-", "--", "---"),
                Arbitraries.oneOf(names, Arbitraries.strings().ofMaxLength(6)),
                Arbitraries.of(
                    "",
                    "=",
                    "=true",
                    "=0",
                    "=json",
                    "=only-expected",
                    "=12",
                    "=4294967296",
                    "=x y"))
            .as((dashes, name, value) -> dashes + name + value);
    Arbitrary<String> positional = Arbitraries.of("-", "--", "in.mlir", "out.mlir", "");
    return Arbitraries.oneOf(option, positional).list().ofMaxSize(6);
  }

  @Property(tries = 500)
  void parsesOrReportsUsage(@ForAll("commandLines") List<String> args) {
    try {
      CommandLine line = new CommandLineParser("aic-opt", AicOptCommandLine.table(), 1).parse(args);
      assertTrue(TARGETS.containsAll(line.values().keySet()), line.toString());
      assertTrue(line.positional().size() <= 1);
    } catch (UsageException e) {
      assertTrue(!e.getMessage().isEmpty());
    }
  }

  /** The driver on the same lines (reading an empty standard input): only 0, 1 or 2, no trace. */
  @Property(tries = 200)
  void theDriverNeverShowsAStackTrace(@ForAll("commandLines") List<String> args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            // A directory without the named files: inputs are missing, outputs cannot be opened.
            Path.of("/nonexistent-aic-dir"),
            Map.of());
    int status = new AicOpt().run(args, io);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertTrue(status >= 0 && status <= 2, "status " + status);
    assertTrue(!stderr.contains("\tat "), stderr);
    // Only test-pass-crash, which crashes on purpose, may make an internal compiler error.
    assertTrue(
        !stderr.contains("internal compiler error") || names(args, List.of("test-pass-crash")),
        stderr);
    // Every failure says why (except the one mlir-opt's test-pass-failure makes silently, which
    // aic's copy mirrors); a success on empty input has nothing to say unless asked to report.
    if (status != 0 && names(args, List.of("test-pass-failure"))) {
      return;
    }
    if (status != 0 || !names(args, REPORTING)) {
      assertEquals(status == 0, stderr.isEmpty(), stderr);
    }
  }

  /** Whether an argument starts, after its dashes, with one of {@code options}. */
  private static boolean names(List<String> args, List<String> options) {
    return args.stream()
        .map(arg -> arg.replaceFirst("^-+", ""))
        .anyMatch(arg -> options.stream().anyMatch(arg::startsWith));
  }
}
