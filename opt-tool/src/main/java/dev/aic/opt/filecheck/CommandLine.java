package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FileCheck's options, parsed with the rules of LLVM's {@code cl} library: {@code -opt} or {@code
 * --opt}, values after {@code =} or in the next argument, {@code -DNAME=value} glued, {@code --}
 * ending options, and the same error messages (exit status 1).
 */
final class CommandLine {
  /** Thrown with the message {@code cl} prints for a bad command line. */
  static final class UsageError extends Exception {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
      super(message, null, false, false);
    }
  }

  private static final List<String> FLAGS =
      List.of(
          "v",
          "vv",
          "strict-whitespace",
          "ignore-case",
          "allow-empty",
          "allow-unused-prefixes",
          "match-full-lines",
          "enable-var-scope",
          "allow-deprecated-dag-overlap",
          "color",
          "help",
          "version");
  private static final List<String> VALUED =
      List.of(
          "input-file",
          "check-prefix",
          "check-prefixes",
          "comment-prefixes",
          "implicit-check-not",
          "dump-input",
          "dump-input-filter",
          "dump-input-context");
  private static final Map<String, Integer> DUMP_INPUT =
      Map.of("never", 0, "fail", 1, "always", 2, "help", 3);
  private static final Map<String, Integer> DUMP_FILTER =
      Map.of("error", 0, "annotation", 1, "annotation-full", 2, "all", 3);

  final List<String> checkPrefixes = new ArrayList<>();
  final List<String> commentPrefixes = new ArrayList<>();
  final List<String> implicitCheckNot = new ArrayList<>();
  final List<String> defines = new ArrayList<>();
  final List<String> flags = new ArrayList<>();
  final List<Integer> dumpInputs = new ArrayList<>();
  final List<Integer> dumpFilters = new ArrayList<>();
  final List<Integer> dumpContexts = new ArrayList<>();
  String inputFile = "-";
  String checkFile;

  boolean has(String flag) {
    return flags.contains(flag);
  }

  /** Parses {@code args}; throws with {@code cl}'s message on a bad command line. */
  static CommandLine parse(List<String> args) throws UsageError {
    CommandLine line = new CommandLine();
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        line.positional(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      String body = arg.startsWith("--") ? arg.substring(2) : arg.substring(1);
      if (body.startsWith("D")) {
        if (body.length() == 1) {
          throw new UsageError("for the -D option: requires a value!");
        }
        line.defines.add(body.substring(1));
        continue;
      }
      int equals = body.indexOf('=');
      String name = equals < 0 ? body : body.substring(0, equals);
      String value = equals < 0 ? null : body.substring(equals + 1);
      if (name.equals("h")) {
        // LLVM's command-line library spells --help also -h.
        name = "help";
      }
      if (FLAGS.contains(name)) {
        line.flag(name, value);
      } else if (VALUED.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.size()) {
            throw new UsageError("for the " + dashed(name) + " option: requires a value!");
          }
          value = args.get(++i);
        }
        line.option(name, value);
      } else {
        throw new UsageError(
            "Unknown command line argument '" + arg + "'.  Try: 'FileCheck --help'");
      }
    }
    return line;
  }

  private static String dashed(String name) {
    return (name.length() == 1 ? "-" : "--") + name;
  }

  private void positional(String arg) throws UsageError {
    if (checkFile != null) {
      throw new UsageError(
          "Too many positional arguments specified!\n"
              + "Can specify at most 1 positional arguments: See: FileCheck --help");
    }
    checkFile = arg;
  }

  private void flag(String name, String value) throws UsageError {
    if (value != null) {
      switch (value) {
        case "true", "TRUE", "True", "1", "" -> {}
        case "false", "FALSE", "False", "0" -> {
          flags.remove(name);
          return;
        }
        default ->
            throw new UsageError(
                "for the "
                    + dashed(name)
                    + " option: '"
                    + value
                    + "' is invalid value for boolean argument! Try 0 or 1");
      }
    }
    flags.add(name);
  }

  private void option(String name, String value) throws UsageError {
    switch (name) {
      case "input-file" -> inputFile = value;
      case "check-prefix" -> checkPrefixes.add(value);
      case "check-prefixes" -> checkPrefixes.addAll(splitCommas(value));
      case "comment-prefixes" -> commentPrefixes.addAll(splitCommas(value));
      case "implicit-check-not" -> implicitCheckNot.add(value);
      case "dump-input" -> dumpInputs.add(enumValue(name, value, DUMP_INPUT));
      case "dump-input-filter" -> dumpFilters.add(enumValue(name, value, DUMP_FILTER));
      default -> dumpContexts.add(unsigned(name, value));
    }
  }

  private static List<String> splitCommas(String value) {
    return List.of(value.split(",", -1));
  }

  private static int enumValue(String name, String value, Map<String, Integer> values)
      throws UsageError {
    Integer result = values.get(value);
    if (result == null) {
      throw new UsageError(
          "for the " + dashed(name) + " option: Cannot find option named '" + value + "'!");
    }
    return result;
  }

  private static int unsigned(String name, String value) throws UsageError {
    try {
      return Integer.parseUnsignedInt(value);
    } catch (NumberFormatException e) {
      throw new UsageError(
          "for the " + dashed(name) + " option: '" + value + "' value invalid for uint argument!");
    }
  }

  /** Splits {@code FILECHECK_OPTS} into arguments as a POSIX shell would split words. */
  static List<String> tokenize(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean inToken = false;
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
          token.append(text.charAt(++i));
        } else {
          token.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inToken = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        token.append(text.charAt(++i));
        inToken = true;
      } else if (Character.isWhitespace(c)) {
        if (inToken) {
          tokens.add(token.toString());
          token.setLength(0);
          inToken = false;
        }
      } else {
        token.append(c);
        inToken = true;
      }
    }
    if (inToken) {
      tokens.add(token.toString());
    }
    return tokens;
  }
}
