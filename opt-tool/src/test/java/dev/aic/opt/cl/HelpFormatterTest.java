package dev.aic.opt.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.opt.AicOptCommandLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --help} laid out as LLVM lays it out. */
class HelpFormatterTest {
  private static final String HELP =
      new HelpFormatter(AicOptCommandLine.table())
          .format("overview", "aic-opt [options] <input file>", false);
  private static final String HIDDEN =
      new HelpFormatter(AicOptCommandLine.table())
          .format("overview", "aic-opt [options] <input file>", true);

  private static String normalized(String line) {
    return line.strip().replaceAll(" +", " ");
  }

  private static List<String> lines(String help) {
    return help.lines().map(HelpFormatterTest::normalized).toList();
  }

  @Test
  void startsWithOverviewAndUsage() {
    assertTrue(
        HELP.startsWith(
            "OVERVIEW: overview\nUSAGE: aic-opt [options] <input file>\n\nOPTIONS:\n\n"));
  }

  @Test
  void groupsAreSortedByName() {
    int general = HELP.indexOf("\nGeneral options:\n\n");
    int generic = HELP.indexOf("\nGeneric Options:\n\n");
    int printing = HELP.indexOf("\nIR Printing Options:\n\n");
    assertTrue(0 < general && general < generic && generic < printing, HELP);
  }

  @Test
  void sharedOptionsReadAsInMlirOpt() {
    // Lines of `mlir-opt-22 --help`, with runs of spaces collapsed.
    List<String> lines = lines(HELP);
    for (String expected :
        List.of(
            "--allow-unregistered-dialect - Allow operation with no registered dialects",
            "-o <filename> - Output filename",
            "--output-split-marker=<string> - Split marker to use for merging the ouput",
            "--split-input-file[=<string>] - Split the input file into chunks using the given or"
                + " default marker and process each chunk independently",
            "--verify-diagnostics - Check that emitted diagnostics match expected-* lines on the"
                + " corresponding line",
            "--verify-diagnostics=<value> - Check that emitted diagnostics match expected-* lines on"
                + " the corresponding line",
            "=all - Check all diagnostics (expected, unexpected, near-misses)",
            "=<empty> - Check all diagnostics (expected, unexpected, near-misses)",
            "=only-expected - Check only expected diagnostics",
            "--mlir-elide-elementsattrs-if-larger=<uint> - Elide ElementsAttrs with \"...\" that have"
                + " more elements than the given upper limit",
            "--help - Display available options (--help-hidden for more)",
            "--version - Display the version of this program")) {
      assertTrue(lines.contains(expected), expected);
    }
  }

  @Test
  void hiddenOptionsOnlyWithHelpHidden() {
    assertFalse(lines(HELP).contains("-p - Alias for --pass-pipeline"));
    assertTrue(lines(HIDDEN).contains("-p - Alias for --pass-pipeline"));
    assertTrue(lines(HIDDEN).contains("-h - Alias for --help"));
    assertFalse(HELP.contains("--mlir-print-op-generic"));
    assertTrue(HIDDEN.contains("--mlir-print-op-generic"));
  }

  @Test
  void descriptionsStartInOneColumn() {
    long columns =
        HELP.lines()
            .filter(line -> line.startsWith("  -") || line.startsWith("    ="))
            .filter(line -> !line.contains("[=<"))
            .map(line -> line.indexOf(" - "))
            .distinct()
            .count();
    assertEquals(1, columns, HELP);
  }

  @Test
  void optionsAreSortedWithinAGroup() {
    String general =
        HELP.substring(HELP.indexOf("General options:"), HELP.indexOf("Generic Options:"));
    List<String> names =
        general
            .lines()
            .filter(line -> line.startsWith("  -"))
            .map(line -> line.strip().replaceFirst("^-+", "").split("[= \\[]", 2)[0])
            .toList();
    // LLVM sorts by option name, so --mlir-print-ir-after=<pass-arg> precedes -after-all.
    assertEquals(names.stream().sorted().toList(), names);
  }
}
