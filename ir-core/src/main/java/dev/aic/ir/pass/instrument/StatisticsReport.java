package dev.aic.ir.pass.instrument;

import dev.aic.ir.pass.OpPassManager;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PipelineEntry;
import dev.aic.ir.pass.Statistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --mlir-pass-statistics} report: each pass with its statistics, {@code (S) 15 num-ops -
 * Number of ops}, either nested as the pipeline is ({@code -display=pipeline}) or one entry per
 * pass name with values summed ({@code -display=list}).
 */
public final class StatisticsReport {
  private StatisticsReport() {}

  /** How the report is laid out. */
  public enum Display {
    /** Nested as the pipeline is. */
    PIPELINE,
    /** One entry per pass name, sorted, values summed. */
    LIST
  }

  private record Stat(String name, String description, long value) {}

  /** The report for the passes of {@code root}. */
  public static String render(OpPassManager root, Display display) {
    StringBuilder out = new StringBuilder();
    out.append("===").append("-".repeat(73)).append("===\n");
    out.append(" ".repeat(25)).append("... Pass statistics report ...\n");
    out.append("===").append("-".repeat(73)).append("===\n");
    if (display == Display.PIPELINE) {
      pipeline(out, root, 0);
    } else {
      Map<String, Map<String, Stat>> merged = new TreeMap<>();
      collect(root, merged);
      for (Map.Entry<String, Map<String, Stat>> pass : merged.entrySet()) {
        out.append(pass.getKey()).append('\n');
        stats(out, new ArrayList<>(pass.getValue().values()), 1);
      }
    }
    return out.toString();
  }

  private static void pipeline(StringBuilder out, OpPassManager pm, int depth) {
    for (PipelineEntry entry : pm.entries()) {
      if (entry instanceof Pass pass) {
        out.append("  ".repeat(depth)).append(pass.name()).append('\n');
        stats(out, of(pass), depth + 1);
      } else {
        OpPassManager nested = (OpPassManager) entry;
        out.append("  ".repeat(depth)).append(TimingInstrumentation.pipelineName(nested));
        out.append('\n');
        pipeline(out, nested, depth + 1);
      }
    }
  }

  private static List<Stat> of(Pass pass) {
    List<Stat> out = new ArrayList<>();
    for (Statistic s : pass.statistics()) {
      out.add(new Stat(s.name(), s.description(), s.value()));
    }
    return out;
  }

  private static void collect(OpPassManager pm, Map<String, Map<String, Stat>> merged) {
    for (PipelineEntry entry : pm.entries()) {
      if (entry instanceof Pass pass) {
        Map<String, Stat> stats = merged.computeIfAbsent(pass.name(), n -> new TreeMap<>());
        for (Stat s : of(pass)) {
          stats.merge(
              s.name(), s, (a, b) -> new Stat(a.name(), a.description(), a.value() + b.value()));
        }
      } else {
        collect((OpPassManager) entry, merged);
      }
    }
  }

  /** The statistics of one pass, values right-aligned to the widest. */
  private static void stats(StringBuilder out, List<Stat> stats, int depth) {
    int width = 0;
    for (Stat s : stats) {
      width = Math.max(width, Long.toString(s.value()).length());
    }
    for (Stat s : stats) {
      String value = Long.toString(s.value());
      out.append("  ".repeat(depth)).append("(S) ");
      out.append(" ".repeat(width - value.length())).append(value);
      out.append(' ').append(s.name()).append(" - ").append(s.description()).append('\n');
    }
  }
}
