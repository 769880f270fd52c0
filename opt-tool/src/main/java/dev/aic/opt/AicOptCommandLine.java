package dev.aic.opt;

import static dev.aic.opt.cl.OptionSpec.choice;
import static dev.aic.opt.cl.OptionSpec.flag;
import static dev.aic.opt.cl.OptionSpec.optionalValue;
import static dev.aic.opt.cl.OptionSpec.value;

import dev.aic.opt.cl.CommandLine;
import dev.aic.opt.cl.CommandLineParser;
import dev.aic.opt.cl.OptionSpec;
import dev.aic.opt.cl.OptionSpec.Choice;
import dev.aic.opt.cl.OptionTable;
import dev.aic.opt.cl.UsageException;
import dev.aic.opt.cl.ValueKind;
import dev.aic.opt.cl.ValueType;
import dev.aic.text.diag.DiagnosticVerifier;
import dev.aic.text.diag.SplitInput;
import dev.aic.text.print.PrintOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aic-opt}'s options: the table that parsing and {@code --help} are derived from, with
 * {@code mlir-opt}'s names, groups and help texts, and the reading of a parsed line into {@link
 * OptOptions}.
 */
public final class AicOptCommandLine {
  /** The category of the options that say what to read, check and write. */
  static final String GENERAL = "General options";

  /** The category of {@code --help} and {@code --version}. */
  static final String GENERIC = "Generic Options";

  /** The category of the options that change how IR is printed. */
  static final String PRINTING = "IR Printing Options";

  /** The category of the registered passes and pipelines, one flag each. */
  static final String PASSES = "Passes";

  private static final OptionSpec PASS_PIPELINE =
      value(
          "pass-pipeline",
          GENERAL,
          ValueType.STRING,
          "string",
          "Textual description of the pass pipeline to run");
  private static final OptionSpec HELP =
      flag("help", GENERIC, "Display available options (--help-hidden for more)");

  /**
   * The options that do not depend on the registered passes. Most command lines need no others, so
   * they parse without loading the pass registry ({@link java.util.ServiceLoader} and the pass
   * classes): 11 ms less wall time for a tiny file (docs/perf.md, start-up).
   */
  private static final List<OptionSpec> OWN_OPTIONS =
      concat(
          List.of(
              value("o", GENERAL, ValueType.STRING, "filename", "Output filename"),
              optionalValue(
                  "split-input-file",
                  GENERAL,
                  "Split the input file into chunks using the given or default marker and process"
                      + " each chunk independently"),
              value(
                  "output-split-marker",
                  GENERAL,
                  ValueType.STRING,
                  "string",
                  "Split marker to use for merging the ouput"),
              choice(
                  "verify-diagnostics",
                  GENERAL,
                  ValueKind.OPTIONAL,
                  "Check that emitted diagnostics match expected-* lines on the corresponding line",
                  new Choice("all", "Check all diagnostics (expected, unexpected, near-misses)"),
                  new Choice("", "Check all diagnostics (expected, unexpected, near-misses)"),
                  new Choice("only-expected", "Check only expected diagnostics")),
              flag(
                  "allow-unregistered-dialect",
                  GENERAL,
                  "Allow operation with no registered dialects"),
              flag(
                  "no-implicit-module",
                  GENERAL,
                  "Disable implicit addition of a top-level module op during parsing"),
              flag("show-dialects", GENERAL, "Print the list of registered dialects and exit"),
              PASS_PIPELINE,
              OptionSpec.alias("p", PASS_PIPELINE),
              choice(
                  "emit",
                  GENERAL,
                  ValueKind.REQUIRED,
                  "Output form of the IR (aic)",
                  new Choice("mlir", "MLIR text (default)"),
                  new Choice("json", "JSON, one document per module (see docs/aic-opt.md)")),
              choice(
                  "diagnostics-format",
                  GENERAL,
                  ValueKind.REQUIRED,
                  "Format of diagnostics on standard error (aic)",
                  new Choice(
                      "text", "file:line:col: error: message, with the source line (default)"),
                  new Choice("json", "One JSON object per diagnostic and line")),
              flag("mlir-print-op-generic", PRINTING, "Print the generic op form").asHidden(),
              flag("mlir-print-debuginfo", PRINTING, "Print debug info in MLIR output"),
              flag(
                  "mlir-print-local-scope",
                  PRINTING,
                  "Print with local scope and inline information (eliding aliases for attributes,"
                      + " types, and locations)"),
              value(
                  "mlir-elide-elementsattrs-if-larger",
                  PRINTING,
                  ValueType.UINT,
                  "uint",
                  "Elide ElementsAttrs with \"...\" that have more elements than the given upper"
                      + " limit"),
              flag(
                  "mlir-print-unique-ssa-ids",
                  PRINTING,
                  "Print unique SSA ID numbers for values, block arguments and naming conflicts"
                      + " across all regions"),
              HELP,
              OptionSpec.alias("h", HELP),
              flag("help-hidden", GENERIC, "Display all available options").asHidden(),
              flag("version", GENERIC, "Display the version of this program")),
          PassManagerCommandLine.OPTIONS);

  private static final OptionTable OWN = new OptionTable(OWN_OPTIONS);

  private AicOptCommandLine() {}

  /** Every option of {@code aic-opt}: its own, then one per registered pass and pipeline. */
  public static OptionTable table() {
    return FullTable.TABLE;
  }

  /** Loaded on first use only: building it loads the pass registry. */
  private static final class FullTable {
    private static final OptionTable TABLE =
        new OptionTable(concat(OWN_OPTIONS, PassManagerCommandLine.passFlags(PASSES)));
  }

  /**
   * Parses {@code args} as {@code program}'s against {@link #table()}, loading the pass registry
   * only if the line has an option {@code aic-opt} does not declare itself (a pass flag, or a
   * mistake whose message must suggest the nearest of all options).
   *
   * @throws UsageException with LLVM's message if the line is wrong
   */
  public static CommandLine parse(String program, List<String> args) throws UsageException {
    try {
      return new CommandLineParser(program, OWN, 1).parse(args);
    } catch (UsageException notOwn) {
      // The full table accepts a superset, so this either succeeds or fails as it would have.
      return new CommandLineParser(program, table(), 1).parse(args);
    }
  }

  /** Whether {@code name} is a pass or pipeline flag rather than one of aic-opt's own options. */
  static boolean isPassFlag(String name) {
    return OWN.lookup(name).isEmpty();
  }

  @SafeVarargs
  private static List<OptionSpec> concat(List<OptionSpec>... lists) {
    List<OptionSpec> all = new ArrayList<>();
    for (List<OptionSpec> list : lists) {
      all.addAll(list);
    }
    return all;
  }

  /**
   * The options of a run, from a parsed command line.
   *
   * @throws UsageException if values the table cannot check are wrong (a too short split marker)
   */
  public static OptOptions read(CommandLine line) throws UsageException {
    PrintOptions print =
        PrintOptions.DEFAULT
            .withGeneric(line.flag("mlir-print-op-generic"))
            .withDebugInfo(line.flag("mlir-print-debuginfo"))
            .withLocalScope(line.flag("mlir-print-local-scope"))
            .withUniqueSsaIds(line.flag("mlir-print-unique-ssa-ids"))
            .withElideElementsAttrsIfLarger(
                Long.parseLong(line.value("mlir-elide-elementsattrs-if-larger", "-1")));
    String splitMarker = line.value("split-input-file", null);
    if (splitMarker != null && splitMarker.isEmpty()) {
      splitMarker = SplitInput.DEFAULT_MARKER;
    }
    if (splitMarker != null && splitMarker.length() < SplitInput.MIN_MARKER_LENGTH) {
      // mlir-opt 22 misreads such markers and hangs on two-character ones.
      throw new UsageException(
          "for the --split-input-file option: the marker '"
              + splitMarker
              + "' is shorter than "
              + SplitInput.MIN_MARKER_LENGTH
              + " characters");
    }
    String level = line.value("verify-diagnostics", null);
    DiagnosticVerifier.Level verify =
        level == null
            ? null
            : level.equals("only-expected")
                ? DiagnosticVerifier.Level.ONLY_EXPECTED
                : DiagnosticVerifier.Level.ALL;
    return new OptOptions(
        line.positional().isEmpty() ? "-" : line.positional().get(0),
        line.value("o", "-"),
        splitMarker,
        line.value("output-split-marker", SplitInput.DEFAULT_MARKER),
        verify,
        line.flag("allow-unregistered-dialect"),
        line.flag("no-implicit-module"),
        print,
        PassManagerCommandLine.read(line),
        PassManagerCommandLine.timing(line),
        line.flag("list-passes"),
        line.value("emit", "mlir").equals("json") ? OptOptions.Emit.JSON : OptOptions.Emit.MLIR,
        line.value("diagnostics-format", "text").equals("json"));
  }
}
