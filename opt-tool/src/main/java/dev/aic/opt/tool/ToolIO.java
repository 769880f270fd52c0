package dev.aic.opt.tool;

import java.io.InputStream;
import java.io.PrintStream;
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

  /** Resolves a file name given on the command line against {@link #workingDirectory()}. */
  public Path resolve(String fileName) {
    return workingDirectory.resolve(fileName);
  }
}
