package dev.aic.ir.pass.instrument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a {@link Timer} tree as MLIR's execution time report, either as a tree ({@code
 * --mlir-timing-display=tree}) or as a flat list merged by name, slowest first ({@code list}). The
 * root's time is the total; what its children do not account for is reported as {@code Rest}.
 */
public final class TimingReport {
  private TimingReport() {}

  /** How the report is laid out. */
  public enum Display {
    /** Nested as the pipeline is. */
    TREE,
    /** One line per name, time summed, slowest first. */
    LIST
  }

  /** The report for {@code root}. */
  public static String render(Timer root, Display display) {
    double total = root.nanos() / 1e9;
    StringBuilder out = new StringBuilder();
    out.append("===").append("-".repeat(73)).append("===\n");
    out.append(" ".repeat(25)).append("... Execution time report ...\n");
    out.append("===").append("-".repeat(73)).append("===\n");
    out.append(String.format(Locale.ROOT, "  Total Execution Time: %.4f seconds\n\n", total));
    out.append("  ----Wall Time----  ----Name----\n");
    long accounted = 0;
    if (display == Display.TREE) {
      for (Timer child : root.children()) {
        accounted += child.nanos();
        tree(out, child, 0, total);
      }
    } else {
      Map<String, Long> merged = new LinkedHashMap<>();
      for (Timer child : root.children()) {
        accounted += child.nanos();
        merge(child, merged);
      }
      List<Map.Entry<String, Long>> entries = new ArrayList<>(merged.entrySet());
      entries.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
      for (Map.Entry<String, Long> entry : entries) {
        line(out, entry.getValue() / 1e9, total, entry.getKey());
      }
    }
    line(out, Math.max(0, root.nanos() - accounted) / 1e9, total, "Rest");
    line(out, total, total, "Total");
    return out.toString();
  }

  private static void tree(StringBuilder out, Timer timer, int depth, double total) {
    String name = "  ".repeat(depth) + timer.name();
    if (timer.count() == 0 && !timer.children().isEmpty()) {
      name += " (matched no operation)";
    }
    line(out, timer.nanos() / 1e9, total, name);
    for (Timer child : timer.children()) {
      tree(out, child, depth + 1, total);
    }
  }

  private static void merge(Timer timer, Map<String, Long> merged) {
    merged.merge(timer.name(), timer.nanos(), Long::sum);
    for (Timer child : timer.children()) {
      merge(child, merged);
    }
  }

  private static void line(StringBuilder out, double seconds, double total, String name) {
    double percent = total == 0 ? 0 : 100 * seconds / total;
    out.append(String.format(Locale.ROOT, "  %8.4f (%5.1f%%)  %s\n", seconds, percent, name));
  }
}
