package dev.aic.opt;

import static dev.aic.opt.cl.OptionSpec.choice;
import static dev.aic.opt.cl.OptionSpec.flag;
import static dev.aic.opt.cl.OptionSpec.value;

import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.PassManagerOptions;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.ir.pass.PipelineInfo;
import dev.aic.ir.pass.instrument.IrPrintingConfig;
import dev.aic.ir.pass.instrument.StatisticsReport;
import dev.aic.opt.cl.CommandLine;
import dev.aic.opt.cl.OptionSpec;
import dev.aic.opt.cl.OptionSpec.Choice;
import dev.aic.opt.cl.ValueKind;
import dev.aic.opt.cl.ValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The pass manager's options of {@code aic-opt}, with {@code mlir-opt}'s names and help texts, and
 * one flag per registered pass and pipeline ({@code --cse}, {@code --inline=max-iterations=4}),
 * read into {@link PassManagerOptions}.
 */
final class PassManagerCommandLine {
  private static final String GENERAL = AicOptCommandLine.GENERAL;

  /** The pass-manager options. */
  static final List<OptionSpec> OPTIONS =
      List.of(
          flag("verify-each", GENERAL, "Run the verifier after each transformation pass"),
          flag("dump-pass-pipeline", GENERAL, "Print the pipeline that will be run"),
          flag("list-passes", GENERAL, "Print the list of registered passes and exit"),
          flag("run-reproducer", GENERAL, "Run the pipeline stored in the reproducer"),
          value(
              "mlir-pass-pipeline-crash-reproducer",
              GENERAL,
              ValueType.STRING,
              "string",
              "Generate a .mlir reproducer file at the given output path if the pass manager"
                  + " crashes or fails"),
          value("threads", GENERAL, ValueType.UINT, "int", ""),
          flag(
              "mlir-disable-threading",
              GENERAL,
              "Disable multi-threading within MLIR, overrides any further call to"
                  + " MLIRContext::enableMultiThreading()"),
          flag("mlir-timing", GENERAL, "Display execution times"),
          choice(
              "mlir-timing-display",
              GENERAL,
              ValueKind.REQUIRED,
              "Display method for timing data",
              new Choice("list", "display the results in a list sorted by total time"),
              new Choice("tree", "display the results ina with a nested tree view"),
              new Choice("json", "the timer tree as JSON (aic)")),
          flag("mlir-pass-statistics", GENERAL, "Display the statistics of each pass"),
          choice(
              "mlir-pass-statistics-display",
              GENERAL,
              ValueKind.REQUIRED,
              "Display method for pass statistics",
              new Choice("list", "display the results in a merged list sorted by pass name"),
              new Choice("pipeline", "display the results with a nested pipeline view")),
          value(
              "mlir-print-ir-after",
              GENERAL,
              ValueType.STRING,
              "pass-arg",
              "Print IR after specified passes"),
          flag("mlir-print-ir-after-all", GENERAL, "Print IR after each pass"),
          flag(
              "mlir-print-ir-after-change",
              GENERAL,
              "When printing the IR after a pass, only print if the IR changed"),
          flag(
              "mlir-print-ir-after-failure",
              GENERAL,
              "When printing the IR after a pass, only print if the pass failed"),
          value(
              "mlir-print-ir-before",
              GENERAL,
              ValueType.STRING,
              "pass-arg",
              "Print IR before specified passes"),
          flag("mlir-print-ir-before-all", GENERAL, "Print IR before each pass"),
          flag(
              "mlir-print-ir-module-scope",
              GENERAL,
              "When printing IR for print-ir-[before|after]{-all} always print the top-level"
                  + " operation"),
          value(
              "mlir-print-ir-tree-dir",
              GENERAL,
              ValueType.STRING,
              "string",
              "When printing the IR before/after a pass, print file tree rooted at this"
                  + " directory. Use in conjunction with mlir-print-ir-* flags"));

  private PassManagerCommandLine() {}

  /** One flag per registered pass and pipeline, whose value is the option text. */
  static List<OptionSpec> passFlags(String group) {
    List<OptionSpec> out = new ArrayList<>();
    PassRegistry registry = PassRegistry.global();
    for (PassInfo pass : registry.passes()) {
      out.add(passFlag(pass.argument(), group, pass.summary()));
    }
    for (PipelineInfo pipeline : registry.pipelines()) {
      out.add(passFlag(pipeline.argument(), group, pipeline.summary()));
    }
    return out;
  }

  private static OptionSpec passFlag(String argument, String group, String summary) {
    return new OptionSpec(
        argument,
        group,
        ValueKind.OPTIONAL,
        ValueType.STRING,
        "options",
        List.of(),
        summary,
        false,
        null);
  }

  /** The pass-manager options of a parsed command line. */
  static PassManagerOptions read(CommandLine line) {
    List<PassManagerOptions.PassFlag> passFlags = new ArrayList<>();
    for (CommandLine.Occurrence given : line.occurrences()) {
      if (AicOptCommandLine.isPassFlag(given.name())) {
        passFlags.add(new PassManagerOptions.PassFlag(given.name(), given.value()));
      }
    }
    // A uint option: up to 2^32 - 1, more threads than any pool needs.
    int threads = (int) Math.min(Long.parseLong(line.value("threads", "0")), Integer.MAX_VALUE);
    if (line.flag("mlir-disable-threading")) {
      threads = 1;
    } else if (threads <= 0) {
      threads = Runtime.getRuntime().availableProcessors();
    }
    return new PassManagerOptions(
        line.value("pass-pipeline", ""),
        passFlags,
        threads,
        Boolean.parseBoolean(line.value("verify-each", "true")),
        line.flag("dump-pass-pipeline"),
        line.flag("mlir-pass-statistics")
            ? line.value("mlir-pass-statistics-display", "pipeline").equals("list")
                ? StatisticsReport.Display.LIST
                : StatisticsReport.Display.PIPELINE
            : null,
        printIr(line),
        path(line.value("mlir-pass-pipeline-crash-reproducer", null)),
        line.flag("run-reproducer"));
  }

  /** How {@code --mlir-timing} reports, or {@code null} without it. */
  static OptOptions.Timing timing(CommandLine line) {
    if (!line.flag("mlir-timing")) {
      return null;
    }
    return switch (line.value("mlir-timing-display", "tree")) {
      case "list" -> OptOptions.Timing.LIST;
      case "json" -> OptOptions.Timing.JSON;
      default -> OptOptions.Timing.TREE;
    };
  }

  private static IrPrintingConfig printIr(CommandLine line) {
    boolean afterAll = line.flag("mlir-print-ir-after-all");
    boolean afterChange = line.flag("mlir-print-ir-after-change");
    boolean afterFailure = line.flag("mlir-print-ir-after-failure");
    boolean any =
        line.has("mlir-print-ir-before")
            || line.has("mlir-print-ir-after")
            || line.flag("mlir-print-ir-before-all")
            || afterAll
            || afterChange
            || afterFailure;
    if (!any) {
      return null;
    }
    Predicate<Pass> before =
        line.flag("mlir-print-ir-before-all") ? p -> true : passes(line, "mlir-print-ir-before");
    // -after-change and -after-failure only narrow what -after/-after-all select, except that
    // -after-failure alone prints after every failed pass (as mlir-opt 22 does).
    Predicate<Pass> after = afterAll ? p -> true : passes(line, "mlir-print-ir-after");
    IrPrintFlags flags =
        new IrPrintFlags(
            line.flag("mlir-print-op-generic"),
            line.flag("mlir-print-debuginfo"),
            line.flag("mlir-print-local-scope"));
    return new IrPrintingConfig(
        before,
        after,
        afterChange,
        afterFailure,
        line.flag("mlir-print-ir-module-scope"),
        flags,
        path(line.value("mlir-print-ir-tree-dir", null)));
  }

  private static Path path(String name) {
    return name == null ? null : Path.of(name);
  }

  /**
   * The passes named by every {@code --mlir-print-ir-before=a,b} occurrence of {@code option} (none
   * if absent).
   */
  private static Predicate<Pass> passes(CommandLine line, String option) {
    Set<String> names = new HashSet<>();
    for (CommandLine.Occurrence given : line.occurrences()) {
      if (given.name().equals(option)) {
        names.addAll(Arrays.asList(given.value().split(",")));
      }
    }
    return IrPrintingConfig.arguments(names);
  }
}
