package dev.aic.opt.lit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The commands lit's internal shell runs itself, never as processes: {@code cd}, {@code export},
 * {@code echo}, {@code mkdir}, {@code rm} and {@code :}. Messages are lit's.
 */
final class ShellBuiltins {
  /** The builtins; {@code echo} is one only when it is not part of a pipeline. */
  static final Set<String> NAMES = Set.of("cd", "export", "echo", "@echo", "mkdir", "rm", ":");

  private ShellBuiltins() {}

  static CommandResult run(ShellNode.Command command, List<String> args, ShellEnvironment env)
      throws ShellError {
    return switch (args.get(0)) {
      case "cd" -> cd(args, env);
      case "export" -> export(args, env);
      case "echo", "@echo" -> echo(command, args, env);
      case "mkdir" -> mkdir(command, args, env);
      case "rm" -> rm(command, args, env);
      case ":" -> CommandResult.of(args, "", "", 0);
      default -> throw new IllegalArgumentException("not a builtin: " + args.get(0));
    };
  }

  private static CommandResult cd(List<String> args, ShellEnvironment env) throws ShellError {
    if (args.size() != 2) {
      throw new ShellError(args, "'cd' supports only one argument");
    }
    env.changeDirectory(args.get(1));
    return CommandResult.of(args, "", "", 0);
  }

  private static CommandResult export(List<String> args, ShellEnvironment env) throws ShellError {
    if (args.size() != 2) {
      throw new ShellError(args, "'export' supports only one argument");
    }
    EnvCommand.update(env, args);
    return CommandResult.of(args, "", "", 0);
  }

  /** The text {@code echo ARGS} writes: {@code -e} and {@code -n} up front, not combined. */
  static String echoText(List<String> args) {
    int i = 1;
    boolean escapes = false;
    boolean newline = true;
    for (; i < args.size() && (args.get(i).equals("-e") || args.get(i).equals("-n")); i++) {
      if (args.get(i).equals("-e")) {
        escapes = true;
      } else {
        newline = false;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int j = i; j < args.size(); j++) {
      if (j > i) {
        text.append(' ');
      }
      text.append(escapes ? EchoEscapes.unescape(args.get(j)) : args.get(j));
    }
    return newline ? text.append('\n').toString() : text.toString();
  }

  private static CommandResult echo(
      ShellNode.Command command, List<String> args, ShellEnvironment env) throws ShellError {
    Path target = null;
    boolean append = false;
    for (ShellNode.Redirect r : command.redirects()) {
      String op = r.op().symbol();
      boolean stdout = r.op().fd() < 0 && (op.equals(">") || op.equals(">>"));
      if (!stdout) {
        throw new ShellError(args, "stdin and stderr redirects not supported for " + args.get(0));
      }
      target = env.resolve(r.target().text());
      append = op.equals(">>");
    }
    String text = echoText(args);
    if (target == null) {
      return CommandResult.of(args, text, "", 0);
    }
    try (OutputStream out =
        append
            ? Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
            : Files.newOutputStream(target)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new ShellError(args, "echo: cannot write " + target + ": " + e.getMessage());
    }
    return CommandResult.of(args, "", "", 0);
  }

  /** Splits GNU-style short options (anywhere, clustered) from operands. */
  private static List<String> operands(
      List<String> args, String allowed, Set<String> longOptions, Set<Character> seen, String tool)
      throws ShellError {
    List<String> operands = new ArrayList<>();
    boolean optionsEnded = false;
    for (String arg : args.subList(1, args.size())) {
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        operands.add(arg);
      } else if (arg.equals("--")) {
        optionsEnded = true;
      } else if (arg.startsWith("--")) {
        if (!longOptions.contains(arg)) {
          throw new ShellError(
              args, "Unsupported: '" + tool + "':  option " + arg + " not recognized");
        }
        seen.add('r');
      } else {
        for (char c : arg.substring(1).toCharArray()) {
          if (allowed.indexOf(c) < 0) {
            throw new ShellError(
                args, "Unsupported: '" + tool + "':  option -" + c + " not recognized");
          }
          seen.add(c);
        }
      }
    }
    return operands;
  }

  private static CommandResult mkdir(
      ShellNode.Command command, List<String> shown, ShellEnvironment env) throws ShellError {
    List<String> args = GlobExpander.expandArguments(command.args(), env.cwd());
    Set<Character> options = new java.util.HashSet<>();
    List<String> dirs = operands(args, "p", Set.of(), options, "mkdir");
    if (dirs.isEmpty()) {
      throw new ShellError(shown, "Error: 'mkdir' is missing an operand");
    }
    StringBuilder stderr = new StringBuilder();
    int exitCode = 0;
    for (String dir : dirs) {
      Path path = env.resolve(dir);
      try {
        if (options.contains('p')) {
          Files.createDirectories(path);
        } else if (!Files.isDirectory(path)) {
          Files.createDirectory(path);
        }
      } catch (FileAlreadyExistsException e) {
        stderr
            .append("Error: 'mkdir' command failed, [Errno 17] File exists: '")
            .append(path)
            .append("'\n");
        exitCode = 1;
      } catch (IOException e) {
        stderr.append("Error: 'mkdir' command failed, ").append(describe(e, path)).append('\n');
        exitCode = 1;
      }
    }
    return CommandResult.of(shown, "", stderr.toString(), exitCode);
  }

  private static CommandResult rm(
      ShellNode.Command command, List<String> shown, ShellEnvironment env) throws ShellError {
    List<String> args = GlobExpander.expandArguments(command.args(), env.cwd());
    Set<Character> options = new java.util.HashSet<>();
    List<String> paths = operands(args, "frR", Set.of("--recursive"), options, "rm");
    if (paths.isEmpty()) {
      throw new ShellError(shown, "Error: 'rm' is missing an operand");
    }
    boolean force = options.contains('f');
    boolean recursive = options.contains('r') || options.contains('R');
    StringBuilder stderr = new StringBuilder();
    int exitCode = 0;
    for (String name : paths) {
      Path path = env.resolve(name);
      if (force && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          if (!recursive) {
            stderr.append("Error: ").append(path).append(" is a directory\n");
            exitCode = 1;
          }
          // lit removes the tree even after reporting that -r is missing.
          deleteTree(path);
        } else {
          Files.delete(path);
        }
      } catch (IOException e) {
        stderr.append("Error: 'rm' command failed, ").append(describe(e, path));
        exitCode = 1;
      }
    }
    return CommandResult.of(shown, "", stderr.toString(), exitCode);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Python's {@code str(OSError)} for the common cases. */
  private static String describe(IOException e, Path path) {
    if (e instanceof NoSuchFileException) {
      return "[Errno 2] No such file or directory: '" + path + "'";
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
