package dev.aic.ir.transforms;

import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassExecution;
import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code print-op-stats}: counts the ops by name and prints the table mlir-opt prints, names
 * aligned on the dialect dot, or with {@code json} a JSON object.
 */
public final class PrintOpStatsPass extends Pass {
  /** {@code json}: print the stats as JSON. */
  public static final Option<Boolean> JSON =
      Option.of("json", "print the stats as JSON", OptionType.BOOL, false);

  /** The registration. */
  public static final PassInfo INFO =
      new PassInfo(
          "print-op-stats",
          "PrintOpStats",
          "Print statistics of operations",
          PassInfo.ANY,
          List.of(JSON),
          PrintOpStatsPass::new);

  @Override
  protected void runOnOperation(PassExecution run) {
    Map<String, Long> counts = new TreeMap<>();
    run.operation().walk(op -> counts.merge(op.name().name(), 1L, Long::sum));
    String text = options().get(JSON) ? json(counts) : table(counts);
    try {
      run.output().append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    run.markAllAnalysesPreserved();
  }

  private static String json(Map<String, Long> counts) {
    StringBuilder out = new StringBuilder("{");
    String separator = "\n";
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      out.append(separator).append("  \"").append(entry.getKey()).append("\" : ");
      out.append(entry.getValue());
      separator = ",\n";
    }
    return out.append("\n}\n").toString();
  }

  private static String table(Map<String, Long> counts) {
    int dialectWidth = 0;
    int opWidth = 0;
    for (String name : counts.keySet()) {
      int dot = name.indexOf('.');
      dialectWidth = Math.max(dialectWidth, Math.max(dot, 0));
      opWidth = Math.max(opWidth, name.length() - dot - 1);
    }
    StringBuilder out = new StringBuilder("Operations encountered:\n-----------------------\n");
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      String name = entry.getKey();
      int dot = name.indexOf('.');
      // Dialects right-aligned so the dots line up; op names left-aligned after them.
      if (dot < 0) {
        out.append(" ".repeat(dialectWidth + 3));
      } else {
        out.append(" ".repeat(dialectWidth + 2 - dot)).append(name, 0, dot + 1);
      }
      String op = name.substring(dot + 1);
      out.append(op).append(" ".repeat(opWidth - op.length()));
      out.append(" , ").append(entry.getValue()).append('\n');
    }
    return out.toString();
  }
}
