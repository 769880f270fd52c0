package dev.aic.opt.lit;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints results in lit's format: one {@code CODE: suite :: path (i of n)} line per test as it
 * finishes, the failure block with the test's output ({@code -v}, or every test's with {@code -a}),
 * the lists of failing tests and the summary with counts and percentages.
 */
final class LitReport {
  private static final String STARS = "*".repeat(20);

  private final PrintStream out;
  private final int total;
  private final boolean showFailures;
  private final boolean showAll;
  private final Map<ResultCode, List<String>> byCode = new EnumMap<>(ResultCode.class);
  private int completed;

  LitReport(PrintStream out, int total, boolean showFailures, boolean showAll) {
    this.out = out;
    this.total = total;
    this.showFailures = showFailures;
    this.showAll = showAll;
  }

  void header(int workers) {
    out.println("-- Testing: " + total + " tests, " + workers + " workers --");
  }

  /** Prints one finished test; called in completion order. */
  synchronized void result(LitTest test, TestResult result) {
    completed++;
    byCode.computeIfAbsent(result.code(), c -> new ArrayList<>()).add(test.fullName());
    out.println(
        result.code().name() + ": " + test.fullName() + " (" + completed + " of " + total + ")");
    boolean failure = result.code().isFailure();
    if ((failure && showFailures) || showAll) {
      if (failure) {
        out.println(STARS + " TEST '" + test.fullName() + "' FAILED " + STARS);
      }
      out.println(result.output());
      out.println(STARS);
    }
    out.flush();
  }

  /** The failing-test lists and the summary. */
  void summary(double seconds) {
    for (ResultCode code : ResultCode.values()) {
      List<String> names = byCode.get(code);
      if (code.isFailure() && names != null) {
        out.println(STARS);
        out.println(code.label() + " Tests (" + names.size() + "):");
        names.stream().sorted().forEach(n -> out.println("  " + n));
        out.println();
      }
    }
    out.printf(Locale.ROOT, "%nTesting Time: %.2fs%n", seconds);
    out.println();
    out.println("Total Discovered Tests: " + total);
    int labelWidth = 0;
    int countWidth = 0;
    for (Map.Entry<ResultCode, List<String>> e : byCode.entrySet()) {
      labelWidth = Math.max(labelWidth, e.getKey().label().length());
      countWidth = Math.max(countWidth, Integer.toString(e.getValue().size()).length());
    }
    for (Map.Entry<ResultCode, List<String>> e : byCode.entrySet()) {
      int count = e.getValue().size();
      out.printf(
          Locale.ROOT,
          "  %-" + labelWidth + "s: %" + countWidth + "d (%.2f%%)%n",
          e.getKey().label(),
          count,
          100.0 * count / total);
    }
    out.flush();
  }

  /** Whether any test failed (lit's exit status is then 1). */
  synchronized boolean hasFailures() {
    return byCode.keySet().stream().anyMatch(ResultCode::isFailure);
  }
}
