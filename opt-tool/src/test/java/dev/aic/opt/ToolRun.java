package dev.aic.opt;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The outcome of running a tool in-process: its exit status and what it wrote. */
record ToolRun(int status, String stdout, String stderr) {
  /** Runs {@code tool} in {@code directory} with {@code stdin} as standard input. */
  static ToolRun run(Tool tool, Path directory, String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            directory,
            Map.of());
    int status = tool.run(List.of(args), io);
    return new ToolRun(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
