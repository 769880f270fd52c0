package dev.aic.opt.tool;

import java.util.List;

/** Runs a {@link Tool} as a process: the launcher scripts in {@code bin/} call this. */
public final class ToolMain {
  private ToolMain() {}

  /** Runs {@code tool} with the JVM's streams, flushes them and exits with its status. */
  public static void exit(Tool tool, String[] args) {
    ToolIO io = ToolIO.system();
    int status = tool.run(List.of(args), io);
    io.stdout().flush();
    io.stderr().flush();
    System.exit(status);
  }
}
