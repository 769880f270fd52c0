package dev.aic.opt.lit;

import java.nio.file.Path;
import java.util.List;

/**
 * What one command of a pipeline did, for the execution trace.
 *
 * @param args the command as shown ({@code # executed command: ...})
 * @param stdout its standard output, unless redirected or piped on
 * @param stderr its standard error, unless redirected
 * @param exitCode its exit status after {@code not}
 * @param outputFiles files it wrote through redirections, shown when it failed
 */
record CommandResult(
    List<String> args, String stdout, String stderr, int exitCode, List<OutputFile> outputFiles) {

  /**
   * A file written through a redirection.
   *
   * @param name the name as written in the RUN line
   * @param path where it is
   */
  record OutputFile(String name, Path path) {}

  /** A result with no output files. */
  static CommandResult of(List<String> args, String stdout, String stderr, int exitCode) {
    return new CommandResult(args, stdout, stderr, exitCode, List.of());
  }
}
