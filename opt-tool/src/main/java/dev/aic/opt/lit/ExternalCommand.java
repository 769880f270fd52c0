package dev.aic.opt.lit;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Runs a program found on {@code PATH} as a process, for commands with no in-process tool. */
final class ExternalCommand {
  /** Java reports a process killed by signal N as exit status 128 + N. */
  private static final int SIGNAL_BASE = 128;

  private ExternalCommand() {}

  /**
   * lit's executable lookup: a name starting with {@code .} relative to the working directory, an
   * absolute path as is, otherwise each {@code PATH} entry joined with the name.
   */
  static Optional<Path> find(String name, Path cwd, String path) {
    if (name.startsWith(".")) {
      Path inCwd = cwd.resolve(name);
      if (Files.isRegularFile(inCwd)) {
        return Optional.of(inCwd);
      }
    }
    Path asGiven = Path.of(name);
    if (asGiven.isAbsolute()) {
      return Files.isRegularFile(asGiven) ? Optional.of(asGiven) : Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator, -1)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir).resolve(name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * Runs {@code executable} with {@code args} (args[0] is its name), feeding {@code stdin} and
   * copying its output to {@code stdout} and {@code stderr} ({@code stdout == stderr} merges them
   * in order). Returns the exit status, negative (minus the signal) when a signal killed it.
   */
  static int run(
      Path executable,
      List<String> args,
      ShellEnvironment env,
      byte[] stdin,
      OutputStream stdout,
      OutputStream stderr)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder();
    List<String> command = new java.util.ArrayList<>(args);
    command.set(0, executable.toString());
    builder.command(command).directory(env.cwd().toFile());
    builder.environment().clear();
    builder.environment().putAll(env.env());
    builder.redirectErrorStream(stdout == stderr);
    Process process = builder.start();
    Thread feeder = pump(stdin, process.getOutputStream());
    Thread errReader = stdout == stderr ? null : copy(process.getErrorStream(), stderr);
    process.getInputStream().transferTo(stdout);
    try {
      feeder.join();
      if (errReader != null) {
        errReader.join();
      }
      int status = process.waitFor();
      return status > SIGNAL_BASE ? SIGNAL_BASE - status : status;
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running " + executable, e);
    }
  }

  private static Thread pump(byte[] data, OutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (to) {
                to.write(data);
              } catch (IOException e) {
                // The process exited without reading all its input, as 'true < file' may.
              }
            });
    t.start();
    return t;
  }

  private static Thread copy(InputStream from, OutputStream to) {
    Thread t =
        new Thread(
            () -> {
              try (from) {
                from.transferTo(to);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    t.start();
    return t;
  }
}
