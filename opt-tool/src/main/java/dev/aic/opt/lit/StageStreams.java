package dev.aic.opt.lit;

import dev.aic.opt.tool.ToolIO;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The standard streams of one pipeline command after its redirections, resolved as lit's {@code
 * processRedirects}: later redirections win, {@code 2>&1} copies where standard output goes at that
 * point, {@code &>} and {@code >&} send both to one file, and a file is opened once however many
 * streams go to it.
 */
final class StageStreams {
  /** Where a standard stream goes before files are opened: a descriptor or a file. */
  private sealed interface Slot {}

  private record Descriptor(int fd) implements Slot {}

  /** A file named in a redirection; identity matters (one file, one stream). */
  private static final class FileSlot implements Slot {
    final String name;
    final String mode;
    OutputStream opened;

    FileSlot(String name, String mode) {
      this.name = name;
      this.mode = mode;
    }
  }

  final byte[] stdin;
  final OutputStream stdout;
  final OutputStream stderr;

  /** Standard output when it goes down the pipe, else null. */
  final ByteArrayOutputStream stdoutCapture;

  /** Standard error when it is captured (not a file, not merged into stdout), else null. */
  final ByteArrayOutputStream stderrCapture;

  /** {@code 2>&1 >file}: standard error takes standard output's place in the pipe. */
  final boolean stderrIsStdout;

  private StageStreams(
      byte[] stdin,
      OutputStream stdout,
      OutputStream stderr,
      ByteArrayOutputStream stdoutCapture,
      ByteArrayOutputStream stderrCapture,
      boolean stderrIsStdout) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.stdoutCapture = stdoutCapture;
    this.stderrCapture = stderrCapture;
    this.stderrIsStdout = stderrIsStdout;
  }

  /**
   * Resolves {@code command}'s redirections; files opened for writing are added to {@code opened}
   * (the caller closes them and shows them when the command fails).
   */
  static StageStreams resolve(
      ShellNode.Command command,
      List<String> shownArgs,
      ShellEnvironment env,
      byte[] pipeInput,
      List<OpenedFile> opened)
      throws ShellError {
    Slot[] slots = {new Descriptor(0), new Descriptor(1), new Descriptor(2)};
    for (ShellNode.Redirect r : command.redirects()) {
      String op = r.op().symbol();
      int fd = r.op().fd();
      String name = r.target().text();
      if (fd == 2 && op.equals(">")) {
        slots[2] = new FileSlot(name, "w");
      } else if (fd == 2 && op.equals(">>")) {
        slots[2] = new FileSlot(name, "a");
      } else if (fd == 2 && op.equals(">&") && name.matches("[012]")) {
        slots[2] = slots[Integer.parseInt(name)];
      } else if (fd < 0 && (op.equals(">&") || op.equals("&>"))) {
        FileSlot both = new FileSlot(name, "w");
        slots[1] = both;
        slots[2] = both;
      } else if (fd < 0 && op.equals(">")) {
        slots[1] = new FileSlot(name, "w");
      } else if (fd < 0 && op.equals(">>")) {
        slots[1] = new FileSlot(name, "a");
      } else if (fd < 0 && op.equals("<")) {
        slots[0] = new FileSlot(name, "r");
      } else {
        throw new ShellError(
            shownArgs,
            "Unsupported redirect: (" + r.op().pythonTuple() + ", " + PythonText.repr(name) + ")");
      }
    }

    byte[] stdin = readInput(slots[0], pipeInput, shownArgs, env);
    ByteArrayOutputStream stdoutCapture = null;
    OutputStream stdout;
    if (slots[1] instanceof Descriptor d) {
      if (d.fd() != 1) {
        throw new ShellError(shownArgs, "Unsupported redirect on stdout");
      }
      stdoutCapture = new ByteArrayOutputStream();
      stdout = stdoutCapture;
    } else {
      stdout = open((FileSlot) slots[1], shownArgs, env, opened);
    }
    ByteArrayOutputStream stderrCapture = null;
    OutputStream stderr;
    boolean stderrIsStdout = false;
    if (slots[2] instanceof Descriptor d && d.fd() == 1) {
      if (stdoutCapture != null) {
        stderr = stdout;
      } else {
        stderrCapture = new ByteArrayOutputStream();
        stderr = stderrCapture;
        stderrIsStdout = true;
      }
    } else if (slots[2] instanceof Descriptor d) {
      if (d.fd() != 2) {
        throw new ShellError(shownArgs, "Unsupported redirect on stderr");
      }
      stderrCapture = new ByteArrayOutputStream();
      stderr = stderrCapture;
    } else {
      stderr = open((FileSlot) slots[2], shownArgs, env, opened);
    }
    return new StageStreams(stdin, stdout, stderr, stdoutCapture, stderrCapture, stderrIsStdout);
  }

  private static byte[] readInput(
      Slot slot, byte[] pipeInput, List<String> shownArgs, ShellEnvironment env) throws ShellError {
    if (slot instanceof Descriptor d) {
      if (d.fd() != 0) {
        throw new ShellError(shownArgs, "Unsupported redirect for stdin");
      }
      return pipeInput;
    }
    FileSlot file = (FileSlot) slot;
    Path path = env.resolve(singleName(file.name, shownArgs, env));
    try {
      return ToolIO.readAllBytes(path);
    } catch (IOException e) {
      throw new ShellError(shownArgs, "[Errno 2] No such file or directory: '" + path + "'");
    }
  }

  private static String singleName(String name, List<String> shownArgs, ShellEnvironment env)
      throws ShellError {
    List<String> names =
        GlobExpander.expand(new ShellToken.Word(name, name.matches(".*[*?].*")), env.cwd());
    if (names.size() != 1) {
      throw new ShellError(shownArgs, "Unsupported: glob in redirect expanded to multiple files");
    }
    return names.get(0);
  }

  private static OutputStream open(
      FileSlot file, List<String> shownArgs, ShellEnvironment env, List<OpenedFile> opened)
      throws ShellError {
    if (file.opened != null) {
      return file.opened;
    }
    if (file.mode.equals("r")) {
      throw new ShellError(shownArgs, "Unsupported: output redirected to an input file");
    }
    Path path = env.resolve(singleName(file.name, shownArgs, env));
    try {
      OutputStream out =
          file.mode.equals("a")
              ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
              : Files.newOutputStream(path);
      file.opened = new BufferedOutputStream(out);
    } catch (IOException e) {
      throw new ShellError(shownArgs, "[Errno 2] No such file or directory: '" + path + "'");
    }
    opened.add(new OpenedFile(file.name, path, file.opened));
    return file.opened;
  }

  /**
   * A file a redirection opened for writing.
   *
   * @param name as written in the RUN line
   * @param path where it is
   * @param stream the open stream, closed when the pipeline ends
   */
  record OpenedFile(String name, Path path, OutputStream stream) {}
}
