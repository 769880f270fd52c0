package dev.aic.opt.lit;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * lit's built-in {@code cat}: concatenates files (or standard input when none are named) to
 * standard output; {@code -v}/{@code --show-nonprinting} shows control and high bytes in caret and
 * {@code M-} notation.
 */
final class CatCommand implements Tool {
  @Override
  public String name() {
    return "cat";
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    boolean showNonprinting = false;
    List<String> files = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("-v") || arg.equals("--show-nonprinting")) {
        showNonprinting = true;
      } else if (arg.startsWith("-") && !arg.equals("-")) {
        io.stderr().print("Unsupported: 'cat':  option " + arg + " not recognized\n");
        return 1;
      } else {
        files.add(arg);
      }
    }
    try {
      if (files.isEmpty()) {
        io.stdout().write(readAll(io.stdin()));
        return 0;
      }
      for (String file : files) {
        byte[] data = io.readFile(file);
        io.stdout().write(showNonprinting ? caretNotation(data) : data);
      }
      return 0;
    } catch (IOException e) {
      io.stderr().print("[Errno 2] No such file or directory: '" + lastFile(e) + "'");
      return 1;
    }
  }

  private static String lastFile(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException missing
        ? missing.getFile()
        : e.getMessage();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static byte[] caretNotation(byte[] data) {
    StringBuilder out = new StringBuilder();
    for (byte b : data) {
      int v = b & 0xff;
      if (v == 9 || v == 10) {
        out.append((char) v);
        continue;
      }
      if (v > 127) {
        v -= 128;
        out.append("M-");
      }
      if (v < 32) {
        out.append('^').append((char) (v + 64));
      } else if (v == 127) {
        out.append("^?");
      } else {
        out.append((char) v);
      }
    }
    return out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }
}
