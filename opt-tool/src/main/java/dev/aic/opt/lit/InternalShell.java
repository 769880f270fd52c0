package dev.aic.opt.lit;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lit's internal shell ({@code ShTest(execute_external=False)}) with {@code pipefail}: runs parsed
 * command lines, recording each command's output and status for the trace. Commands resolve to a
 * shell builtin, lit's {@code cat}/{@code diff}, an in-process {@link Tool}, or a program on {@code
 * PATH}, in that order. Pipeline stages run one after another, each one's output feeding the next
 * in memory.
 */
final class InternalShell {
  /** A command that crashed in process (threw) reports this status, like an abort signal. */
  static final int CRASH_STATUS = -6;

  private static final Pattern READFILE = Pattern.compile("%\\{readfile:([^}]*)}");

  private final ToolRegistry tools;
  private final Set<String> externalTools;
  private final List<CommandResult> results = new ArrayList<>();

  /**
   * @param tools in-process tools by name
   * @param externalTools names to run from {@code PATH} even when an in-process tool exists
   */
  InternalShell(ToolRegistry tools, Set<String> externalTools) {
    this.tools = tools;
    this.externalTools = externalTools;
  }

  /** The commands run so far, in order. */
  List<CommandResult> results() {
    return results;
  }

  /** Runs {@code node}; a {@link ShellError} ends the script with status 127, as in lit. */
  int run(ShellNode node, ShellEnvironment env) {
    try {
      return execute(node, env);
    } catch (ShellError e) {
      results.add(CommandResult.of(e.args(), "", e.getMessage(), 127));
      return 127;
    }
  }

  private int execute(ShellNode node, ShellEnvironment env) throws ShellError {
    if (node instanceof ShellNode.Sequence seq) {
      switch (seq.op()) {
        case ";" -> {
          execute(seq.lhs(), env);
          return execute(seq.rhs(), env);
        }
        case "||" -> {
          int status = execute(seq.lhs(), env);
          return status != 0 ? execute(seq.rhs(), env) : status;
        }
        case "&&" -> {
          int status = execute(seq.lhs(), env);
          return status == 0 ? execute(seq.rhs(), env) : status;
        }
        default ->
            throw new ShellError(List.of(), "unsupported shell operator: '" + seq.op() + "'");
      }
    }
    return runPipeline((ShellNode.Pipeline) node, env);
  }

  private static List<String> texts(List<ShellToken.Word> words) {
    return words.stream().map(ShellToken.Word::text).toList();
  }

  private int runPipeline(ShellNode.Pipeline pipeline, ShellEnvironment shellEnv)
      throws ShellError {
    byte[] pipeInput = new byte[0];
    List<StageStreams.OpenedFile> opened = new ArrayList<>();
    List<CommandResult> stageResults = new ArrayList<>();
    int exitCode = 0;
    try {
      for (int i = 0; i < pipeline.commands().size(); i++) {
        ShellNode.Command command = pipeline.commands().get(i);
        boolean last = i == pipeline.commands().size() - 1;
        List<String> shown = texts(command.args());
        List<ShellToken.Word> words = expandReadfile(command.args(), shown, shellEnv);
        ShellEnvironment env = shellEnv;
        int notCount = 0;
        boolean notCrash = false;
        while (true) {
          String head = words.get(0).text();
          if (head.equals("env")) {
            if (env == shellEnv) {
              env = shellEnv.copy();
            }
            List<String> rest = EnvCommand.update(env, texts(words));
            words = words.subList(words.size() - rest.size(), words.size());
            if (words.isEmpty()) {
              results.add(CommandResult.of(shown, environmentListing(env), "", 0));
              return 0;
            }
          } else if (head.equals("not") || head.equals("!")) {
            words = words.subList(1, words.size());
            notCount++;
            if (head.equals("not") && !words.isEmpty() && words.get(0).text().equals("--crash")) {
              words = words.subList(1, words.size());
              notCrash = true;
            }
            if (words.isEmpty()) {
              throw new ShellError(shown, "Error: '" + head + "' requires a subcommand");
            }
          } else {
            break;
          }
        }
        String name = GlobExpander.expand(words.get(0), env.cwd()).get(0);
        if (ShellBuiltins.NAMES.contains(name)
            && (!name.equals("echo") || pipeline.commands().size() == 1)) {
          List<String> args = new ArrayList<>(texts(words));
          args.set(0, name);
          checkBuiltinUse(name, env != shellEnv, notCrash, pipeline.commands().size(), args);
          CommandResult result =
              ShellBuiltins.run(new ShellNode.Command(words, command.redirects()), args, env);
          int status = notCount % 2 == 1 ? (result.exitCode() == 0 ? 1 : 0) : result.exitCode();
          results.add(
              new CommandResult(shown, result.stdout(), result.stderr(), status, List.of()));
          return status;
        }
        StageStreams streams = StageStreams.resolve(command, shown, env, pipeInput, opened);
        List<String> args = GlobExpander.expandArguments(words, env.cwd());
        args.set(0, name);
        int status = runStage(args, env, streams, shown);
        status = applyNot(status, notCount, notCrash);
        flush(streams);
        pipeInput = nextInput(streams);
        String stdout =
            last && streams.stdoutCapture != null ? utf8(streams.stdoutCapture.toByteArray()) : "";
        String stderr =
            streams.stderrCapture != null && (last || !streams.stderrIsStdout)
                ? utf8(streams.stderrCapture.toByteArray())
                : "";
        stageResults.add(CommandResult.of(shown, stdout, stderr, status));
        // pipefail: the last command that failed decides.
        if (status != 0 || exitCode == 0) {
          exitCode = status;
        }
      }
    } finally {
      closeAll(opened);
    }
    for (CommandResult r : stageResults) {
      List<CommandResult.OutputFile> files =
          r.exitCode() == 0
              ? List.of()
              : opened.stream().map(f -> new CommandResult.OutputFile(f.name(), f.path())).toList();
      results.add(new CommandResult(r.args(), r.stdout(), r.stderr(), r.exitCode(), files));
    }
    return exitCode;
  }

  private static void checkBuiltinUse(
      String name, boolean underEnv, boolean notCrash, int pipelineSize, List<String> args)
      throws ShellError {
    if (underEnv) {
      throw new ShellError(args, "Error: 'env' cannot call '" + name + "'");
    }
    if (notCrash) {
      throw new ShellError(args, "Error: 'not --crash' cannot call '" + name + "'");
    }
    if (pipelineSize != 1) {
      throw new ShellError(args, "Unsupported: '" + name + "' cannot be part of a pipeline");
    }
  }

  /**
   * lit's {@code not}: once inverts (and a crash still fails), twice or more only normalises to
   * 0/1; {@code not --crash} succeeds exactly when the command crashed.
   */
  private static int applyNot(int status, int notCount, boolean notCrash) {
    if (notCrash) {
      return status < 0 ? 0 : 1;
    }
    if (notCount == 1) {
      return status == 0 || status < 0 ? 1 : 0;
    }
    if (notCount % 2 == 1) {
      return status == 0 ? 1 : 0;
    }
    if (notCount > 1) {
      return status != 0 ? 1 : 0;
    }
    return status;
  }

  private static byte[] nextInput(StageStreams streams) {
    if (streams.stdoutCapture != null) {
      return streams.stdoutCapture.toByteArray();
    }
    if (streams.stderrIsStdout) {
      return streams.stderrCapture.toByteArray();
    }
    return new byte[0];
  }

  private int runStage(
      List<String> args, ShellEnvironment env, StageStreams streams, List<String> shown)
      throws ShellError {
    String name = args.get(0);
    Optional<Tool> tool = inProcessTool(name);
    if (tool.isPresent()) {
      return runInProcess(tool.get(), args, env, streams);
    }
    String path = env.env().getOrDefault("PATH", System.getenv().getOrDefault("PATH", ""));
    Path executable =
        ExternalCommand.find(name, env.cwd(), path)
            .orElseThrow(
                () -> new ShellError(shown, PythonText.repr(name) + ": command not found"));
    try {
      return ExternalCommand.run(
          executable, args, env, streams.stdin, streams.stdout, streams.stderr);
    } catch (IOException e) {
      throw new ShellError(
          shown, "Could not create process (" + executable + ") due to " + e.getMessage());
    }
  }

  private Optional<Tool> inProcessTool(String name) {
    if (name.equals("cat")) {
      return Optional.of(new CatCommand());
    }
    if (name.equals("diff")) {
      return Optional.of(new DiffCommand());
    }
    if (externalTools.contains(name)) {
      return Optional.empty();
    }
    return tools.find(name);
  }

  private static int runInProcess(
      Tool tool, List<String> args, ShellEnvironment env, StageStreams streams) {
    PrintStream out = new PrintStream(streams.stdout, false, StandardCharsets.UTF_8);
    PrintStream err =
        streams.stderr == streams.stdout
            ? out
            : new PrintStream(streams.stderr, false, StandardCharsets.UTF_8);
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(streams.stdin), out, err, env.cwd(), Map.copyOf(env.env()));
    try {
      return tool.run(List.copyOf(args.subList(1, args.size())), io);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | AssertionError e) {
      // A tool that throws has crashed; report it as a crashing process would be.
      err.println("PLEASE submit a bug report: " + tool.name() + " crashed in process:");
      e.printStackTrace(err);
      return CRASH_STATUS;
    } finally {
      out.flush();
      err.flush();
    }
  }

  private static void flush(StageStreams streams) throws ShellError {
    try {
      streams.stdout.flush();
      streams.stderr.flush();
    } catch (IOException e) {
      throw new ShellError(List.of(), "cannot write redirected output: " + e.getMessage());
    }
  }

  private static void closeAll(List<StageStreams.OpenedFile> opened) throws ShellError {
    for (StageStreams.OpenedFile file : opened) {
      try {
        file.stream().close();
      } catch (IOException e) {
        throw new ShellError(List.of(), "cannot write " + file.path() + ": " + e.getMessage());
      }
    }
  }

  private static String environmentListing(ShellEnvironment env) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : new TreeMap<>(env.env()).entrySet()) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(e.getKey()).append('=').append(e.getValue());
    }
    return out.toString();
  }

  /**
   * lit's late {@code %{readfile:PATH}} substitution: the file's text, read when the command runs.
   */
  private static List<ShellToken.Word> expandReadfile(
      List<ShellToken.Word> words, List<String> shown, ShellEnvironment env) throws ShellError {
    List<ShellToken.Word> out = new ArrayList<>();
    for (ShellToken.Word word : words) {
      Matcher m = READFILE.matcher(word.text());
      if (!m.find()) {
        out.add(word);
        continue;
      }
      StringBuilder text = new StringBuilder();
      do {
        Path file = env.resolve(m.group(1));
        try {
          m.appendReplacement(text, Matcher.quoteReplacement(Files.readString(file)));
        } catch (IOException e) {
          throw new ShellError(
              shown, "File specified in readfile substitution does not exist: " + file);
        }
      } while (m.find());
      m.appendTail(text);
      out.add(new ShellToken.Word(text.toString(), word.glob()));
    }
    return out;
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
