package dev.aic.opt.lit;

import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Builds lit's execution trace: {@code # RUN: at line N}, the command, then per executed command
 * {@code # executed command: ...} and, when it printed something or failed, its output in {@code #
 * .---command stdout---} boxes and {@code # error: command failed with exit status: N}.
 */
final class ScriptTrace {
  private static final int BOX_WIDTH = 30;
  private static final int REDIRECTED_OUTPUT_LIMIT = 1024;

  private final StringBuilder out = new StringBuilder();

  /** Starts a RUN line. */
  void runLine(int line, String command) {
    String header = "# RUN: at line " + line;
    if (command.isBlank()) {
      out.append(header).append(" has no command after substitutions\n");
    } else {
      out.append(header).append('\n').append(command.stripLeading()).append('\n');
    }
  }

  /** Adds a line as is, e.g. a shell parser error. */
  void note(String text) {
    out.append(text);
  }

  /** Records one executed command. */
  void command(CommandResult result) {
    out.append("# executed command: ");
    int bangs = 0;
    while (bangs < result.args().size() && result.args().get(bangs).equals("!")) {
      out.append("! ");
      bangs++;
    }
    for (int i = bangs; i < result.args().size(); i++) {
      if (i > bangs) {
        out.append(' ');
      }
      out.append(PythonText.shellQuote(result.args().get(i)));
    }
    out.append('\n');
    boolean printed = !result.stdout().isBlank() || !result.stderr().isBlank();
    if (result.exitCode() == 0 && !printed) {
      return;
    }
    for (CommandResult.OutputFile file : result.outputFiles()) {
      out.append(
          box("redirected output from '" + file.name() + "'", read(file), REDIRECTED_OUTPUT_LIMIT));
    }
    out.append(box("command stdout", result.stdout(), -1));
    out.append(box("command stderr", result.stderr(), -1));
    if (!printed) {
      out.append("# note: command had no output on stdout or stderr\n");
    }
    if (result.exitCode() != 0) {
      out.append("# error: command failed with exit status: ")
          .append(result.exitCode())
          .append('\n');
    }
  }

  private static String read(CommandResult.OutputFile file) {
    try {
      return new String(ToolIO.readAllBytes(file.path()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** lit's {@code formatOutput}: nothing for blank data, else a box of {@code # | } lines. */
  static String box(String title, String data, int limit) {
    if (data.isBlank()) {
      return "";
    }
    String message = "";
    if (limit >= 0 && data.length() > limit) {
      data = data.substring(0, limit) + "\n...\n";
      message = "data was truncated";
    }
    StringBuilder box = new StringBuilder();
    box.append("# .---").append(title).append(dashes(BOX_WIDTH - 4 - title.length())).append('\n');
    for (String line : data.split("\r\n|\r|\n", -1)) {
      box.append("# | ").append(line).append('\n');
    }
    // Python's splitlines() gives no empty last line for text ending in a newline.
    if (data.endsWith("\n") || data.endsWith("\r")) {
      box.setLength(box.length() - "# | \n".length());
    }
    box.append("# `---")
        .append(message)
        .append(dashes(BOX_WIDTH - 4 - message.length()))
        .append('\n');
    return box.toString();
  }

  private static String dashes(int n) {
    return "-".repeat(Math.max(0, n));
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
