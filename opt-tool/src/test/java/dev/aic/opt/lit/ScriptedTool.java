package dev.aic.opt.lit;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A test-only in-process tool, {@code aic-lit-test-tool MODE [ARG]}: {@code upper} copies standard
 * input upper-cased, {@code exit N} returns N, {@code stderr TEXT} writes TEXT to standard error
 * and {@code out TEXT} to standard output, {@code crash} throws, {@code cwd} prints its directory,
 * {@code env NAME} prints a variable.
 */
public final class ScriptedTool implements Tool {
  @Override
  public String name() {
    return "aic-lit-test-tool";
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    switch (args.get(0)) {
      case "upper" -> {
        try {
          String in = new String(io.stdin().readAllBytes(), StandardCharsets.UTF_8);
          io.stdout().print(in.toUpperCase(Locale.ROOT));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return 0;
      }
      case "exit" -> {
        return Integer.parseInt(args.get(1));
      }
      case "stderr" -> io.stderr().print(args.get(1) + "\n");
      case "out" -> io.stdout().print(args.get(1) + "\n");
      case "cwd" -> io.stdout().print(io.workingDirectory() + "\n");
      case "env" -> io.stdout().print(io.environment().get(args.get(1)) + "\n");
      case "crash" -> throw new IllegalStateException("deliberate crash");
      default -> {
        io.stderr().print("unknown mode\n");
        return 2;
      }
    }
    return 0;
  }
}
