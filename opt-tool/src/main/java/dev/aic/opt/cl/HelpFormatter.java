package dev.aic.opt.cl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code --help} as LLVM does: an overview, the usage line, then each category of options
 * (sorted by name) with its options (sorted by name), descriptions aligned in one column.
 */
public final class HelpFormatter {
  private final OptionTable table;

  /** A formatter listing {@code table}'s options. */
  public HelpFormatter(OptionTable table) {
    this.table = table;
  }

  /**
   * The help text.
   *
   * @param overview what follows {@code OVERVIEW: }, possibly several lines
   * @param usage what follows {@code USAGE: }, e.g. {@code aic-opt [options] <input file>}
   * @param showHidden whether hidden options are listed too ({@code --help-hidden})
   */
  public String format(String overview, String usage, boolean showHidden) {
    Map<String, List<OptionSpec>> groups = new TreeMap<>();
    for (OptionSpec option : table.options()) {
      if (showHidden || !option.hidden()) {
        groups.computeIfAbsent(option.group(), g -> new ArrayList<>()).add(option);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("OVERVIEW: ").append(overview).append('\n');
    out.append("USAGE: ").append(usage).append("\n\n");
    out.append("OPTIONS:\n");
    int width = 0;
    for (List<OptionSpec> options : groups.values()) {
      options.sort(Comparator.comparing(OptionSpec::name));
      for (OptionSpec option : options) {
        for (Row row : rows(option)) {
          width = Math.max(width, row.width());
        }
      }
    }
    for (Map.Entry<String, List<OptionSpec>> group : groups.entrySet()) {
      out.append('\n').append(group.getKey()).append(":\n\n");
      for (OptionSpec option : group.getValue()) {
        for (Row row : rows(option)) {
          out.append(row.text())
              .append(" ".repeat(Math.max(0, width - row.width())))
              .append(row.description())
              .append('\n');
        }
      }
    }
    return out.toString();
  }

  /**
   * One line of the listing: the option as typed, then its description after padding to the common
   * column. The width is what LLVM aligns by, which for {@code [=<value>]} leaves out the brackets,
   * so those lines stand two columns out as in LLVM's own help.
   */
  private record Row(String text, String description, int width) {}

  private static List<Row> rows(OptionSpec option) {
    String name = "  " + OptionSpec.dashed(option.name());
    List<Row> rows = new ArrayList<>();
    String help = " - " + option.help();
    if (option.kind() == ValueKind.FLAG || option.aliasOf() != null) {
      rows.add(row(name, help, name.length()));
    } else if (option.type() == ValueType.CHOICE) {
      if (option.kind() == ValueKind.OPTIONAL) {
        rows.add(row(name, help, name.length()));
      }
      String withValue = name + "=<" + option.valueName() + ">";
      rows.add(row(withValue, help, withValue.length()));
      for (OptionSpec.Choice choice : option.choices()) {
        String text = "    =" + (choice.value().isEmpty() ? "<empty>" : choice.value());
        rows.add(row(text, " -   " + choice.help(), text.length()));
      }
    } else if (option.kind() == ValueKind.OPTIONAL) {
      String suffix = "=<" + option.valueName() + ">";
      rows.add(row(name + "[" + suffix + "]", help, name.length() + suffix.length()));
    } else {
      String suffix = (option.name().length() == 1 ? " <" : "=<") + option.valueName() + ">";
      rows.add(row(name + suffix, help, name.length() + suffix.length()));
    }
    return rows;
  }

  private static Row row(String text, String description, int width) {
    return new Row(text, description, width);
  }
}
