package dev.aic.opt.tool;

import java.util.List;

/**
 * A command-line tool that can run inside the JVM: {@code aic-opt}, {@code FileCheck}, {@code not},
 * {@code split-file}. The lit runner finds tools by {@link #name()} through {@link
 * java.util.ServiceLoader} and runs RUN lines without starting processes; {@code bin/} launchers
 * run the same code through {@link ToolMain}.
 */
public interface Tool {
  /** The name a RUN line or a shell uses for this tool, e.g. {@code aic-opt}. */
  String name();

  /**
   * Runs the tool as its {@code main} would, with {@code args} not including the tool's name.
   *
   * @return the exit status the process would have
   */
  int run(List<String> args, ToolIO io);
}
