package dev.aic.opt.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process environment a {@link Tool} sees: its standard streams, the directory relative paths
 * resolve against, and environment variables. Tools never touch {@link System#in}, {@link
 * System#out}, the JVM's working directory or {@link System#exit}, so that many can run in one JVM.
 *
 * @param stdin standard input
 * @param stdout standard output
 * @param stderr standard error
 * @param workingDirectory what relative file names resolve against
 * @param environment environment variables
 */
public record ToolIO(
    InputStream stdin,
    PrintStream stdout,
    PrintStream stderr,
    Path workingDirectory,
    Map<String, String> environment) {

  /** The JVM's own streams, working directory and environment, for a {@code main} method. */
  public static ToolIO system() {
    return new ToolIO(
        System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
  }

  /**
   * Resolves a file name given on the command line against {@link #workingDirectory()}.
   *
   * @throws IOException if no file can have that name (it holds a NUL character), as opening it
   *     would fail
   */
  public Path resolve(String fileName) throws IOException {
    try {
      return workingDirectory.resolve(fileName);
    } catch (InvalidPathException e) {
      // No file: callers name the file themselves, as for the errors the OS reports.
      throw new FileSystemException(null, null, "Invalid argument");
    }
  }
}
