package dev.aic.opt.cl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses arguments as LLVM's {@code cl::ParseCommandLineOptions} does: options with one or two
 * dashes, anywhere on the line; {@code --name=value}, or {@code --name value} for options that need
 * a value; {@code -} is a positional argument (standard input), and everything after {@code --} is.
 */
public final class CommandLineParser {
  private final String program;
  private final OptionTable table;
  private final int maxPositional;

  /**
   * A parser for {@code program}'s options.
   *
   * @param program the name error messages start with, e.g. {@code aic-opt}
   * @param maxPositional how many positional arguments are allowed
   */
  public CommandLineParser(String program, OptionTable table, int maxPositional) {
    this.program = program;
    this.table = table;
    this.maxPositional = maxPositional;
  }

  /** Parses {@code args}, which exclude the program name. */
  public CommandLine parse(List<String> args) throws UsageException {
    Map<String, String> values = new HashMap<>();
    List<String> positional = new ArrayList<>();
    List<CommandLine.Occurrence> occurrences = new ArrayList<>();
    for (String arg : args) {
      if (arg.indexOf('\0') >= 0) {
        // No operating system passes one; only an in-process caller can, and no file has such a
        // name.
        throw new UsageException(
            "Argument contains a NUL character: '" + arg.replace('\0', '?') + "'");
      }
    }
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || arg.equals("-") || !arg.startsWith("-")) {
        positional.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      // LLVM strips every leading dash, so -name, --name and ---name are the same option.
      String body = withoutLeadingDashes(arg);
      int equals = body.indexOf('=');
      String name = equals < 0 ? body : body.substring(0, equals);
      String value = equals < 0 ? null : body.substring(equals + 1);
      OptionSpec option = table.lookup(name).orElse(null);
      if (option == null) {
        throw unknown(arg, body);
      }
      if (value == null && option.kind() == ValueKind.REQUIRED) {
        if (i + 1 >= args.size()) {
          throw invalid(option, "requires a value!");
        }
        value = args.get(++i);
      }
      String stored = checked(option, value);
      values.put(option.target(), stored);
      occurrences.add(new CommandLine.Occurrence(option.target(), stored));
    }
    if (positional.size() > maxPositional) {
      throw new UsageException(
          "Too many positional arguments specified!\nCan specify at most "
              + maxPositional
              + " positional arguments: See: "
              + program
              + " --help");
    }
    return new CommandLine(values, positional, occurrences);
  }

  /** Whether {@code given} is one of the option's choices (a loop: no stream on the start path). */
  private static boolean isChoice(OptionSpec option, String given) {
    for (OptionSpec.Choice choice : option.choices()) {
      if (choice.value().equals(given)) {
        return true;
      }
    }
    return false;
  }

  /** The value to store for {@code option} given {@code value} ({@code null}: none after '='). */
  private String checked(OptionSpec option, String value) throws UsageException {
    if (option.kind() == ValueKind.FLAG) {
      return switch (value == null ? "true" : value) {
        case "", "true", "TRUE", "True", "1" -> "true";
        case "false", "FALSE", "False", "0" -> "false";
        default ->
            throw invalid(
                option, "'" + value + "' is invalid value for boolean argument! Try 0 or 1");
      };
    }
    String given = value == null ? "" : value;
    switch (option.type()) {
      case UINT -> {
        // LLVM's cl::opt<unsigned>: 32 bits.
        if (!isDigits(given) || given.length() > 10 || Long.parseLong(given) > 0xFFFF_FFFFL) {
          throw invalid(option, "'" + given + "' value invalid for uint argument!");
        }
      }
      case CHOICE -> {
        if (!isChoice(option, given)) {
          throw invalid(option, "Cannot find option named '" + given + "'!");
        }
      }
      case STRING -> {
        // Any text is a string.
      }
    }
    return given;
  }

  // Plain loops rather than regular expressions: compiling a pattern costs start-up time on every
  // run (docs/perf.md).
  private static String withoutLeadingDashes(String arg) {
    int start = 0;
    while (start < arg.length() && arg.charAt(start) == '-') {
      start++;
    }
    return arg.substring(start);
  }

  private static boolean isDigits(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private UsageException invalid(OptionSpec option, String message) {
    return new UsageException(
        "for the " + OptionSpec.dashed(option.name()) + " option: " + message);
  }

  private UsageException unknown(String arg, String body) {
    StringBuilder message =
        new StringBuilder("Unknown command line argument '")
            .append(arg)
            .append("'.  Try: '")
            .append(program)
            .append(" --help'");
    table
        .nearest(body)
        .ifPresent(
            near ->
                message
                    .append('\n')
                    .append(program)
                    .append(": Did you mean '")
                    .append(OptionSpec.dashed(near))
                    .append("'?"));
    return new UsageException(message.toString());
  }
}
