package dev.aic.opt.lit;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * lit's built-in {@code diff FILE1 FILE2} ({@code -} is standard input): exit 0 when equal, 1 with
 * a unified diff when not. Options {@code -u}, {@code -U N}, {@code -w}, {@code -b}, {@code -I RE},
 * {@code --strip-trailing-cr}; directory comparison ({@code -r}) is not supported, and without
 * {@code -u} the diff is still printed in unified form (lit prints a context diff). Hunks come from
 * java-diff-utils (Myers), so for larger changes they may be grouped differently from Python's
 * difflib.
 */
final class DiffCommand implements Tool {
  private static final Pattern HUNK = Pattern.compile("@@ -(\\d+),(\\d+) \\+(\\d+),(\\d+) @@");

  @Override
  public String name() {
    return "diff";
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    Options options = new Options();
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      switch (arg) {
        case "-u" -> options.context = Math.max(options.context, 3);
        case "-w" -> options.ignoreAllSpace = true;
        case "-b" -> options.ignoreSpaceChange = true;
        case "--strip-trailing-cr" -> options.stripTrailingCr = true;
        case "-U", "-I" -> {
          if (i + 1 == args.size()) {
            io.stderr().print("Unsupported: 'diff': option " + arg + " requires argument\n");
            return 1;
          }
          String value = args.get(++i);
          if (arg.equals("-I")) {
            options.ignore = Pattern.compile(value);
          } else if (!options.setContext(value)) {
            io.stderr().print("Error: invalid '-U' argument: " + value + "\n");
            return 1;
          }
        }
        default -> {
          if (arg.startsWith("-U") && arg.length() > 2) {
            if (!options.setContext(arg.substring(2))) {
              io.stderr().print("Error: invalid '-U' argument: " + arg.substring(2) + "\n");
              return 1;
            }
          } else if (arg.startsWith("-") && !arg.equals("-")) {
            io.stderr().print("Unsupported: 'diff': option " + arg + " not recognized\n");
            return 1;
          } else {
            files.add(arg);
          }
        }
      }
    }
    if (files.size() != 2) {
      io.stderr().print("Error: missing or extra operand\n");
      return 1;
    }
    try {
      List<String> left = options.normalize(read(files.get(0), io));
      List<String> right = options.normalize(read(files.get(1), io));
      Patch<String> patch = DiffUtils.diff(left, right);
      if (patch.getDeltas().isEmpty()) {
        return 0;
      }
      String from = displayName(files.get(0), io);
      String to = displayName(files.get(1), io);
      for (String line :
          UnifiedDiffUtils.generateUnifiedDiff(from, to, left, patch, options.context)) {
        io.stdout().print(difflibHunkHeader(line) + "\n");
      }
      return 1;
    } catch (IOException e) {
      io.stderr().print("Error: 'diff' command failed, " + e + "\n");
      return 1;
    }
  }

  /**
   * Python's difflib writes a one-line range as {@code N} and an empty one as the line before it
   * with {@code ,0}; java-diff-utils writes {@code N,1} and {@code N,0}.
   */
  private static String difflibHunkHeader(String line) {
    Matcher m = HUNK.matcher(line);
    if (!m.matches()) {
      return line;
    }
    return "@@ -" + range(m.group(1), m.group(2)) + " +" + range(m.group(3), m.group(4)) + " @@";
  }

  private static String range(String start, String length) {
    int n = Integer.parseInt(length);
    if (n == 1) {
      return start;
    }
    return n == 0 ? (Integer.parseInt(start) - 1) + ",0" : start + "," + length;
  }

  private static String displayName(String file, ToolIO io) throws IOException {
    return file.equals("-") ? "-" : io.resolve(file).toString();
  }

  private static List<String> read(String file, ToolIO io) throws IOException {
    byte[] data = file.equals("-") ? io.stdin().readAllBytes() : io.readFile(file);
    String text = new String(data, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(List.of(text.split("(?<=\n)")));
    if (text.isEmpty()) {
      lines.clear();
    }
    return lines;
  }

  /** The flags that decide which differences count. */
  private static final class Options {
    int context = 3;
    boolean ignoreAllSpace;
    boolean ignoreSpaceChange;
    boolean stripTrailingCr;
    Pattern ignore;

    boolean setContext(String value) {
      try {
        context = Integer.parseInt(value);
        return context >= 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    /** Applies the flags to each line (lines keep their newline, as in lit) and drops -I lines. */
    List<String> normalize(List<String> lines) {
      UnaryOperator<String> f = UnaryOperator.identity();
      if (stripTrailingCr) {
        f = line -> line.replace("\r\n", "\n");
      }
      if (ignoreAllSpace || ignoreSpaceChange) {
        String separator = ignoreAllSpace ? "" : " ";
        UnaryOperator<String> before = f;
        f = line -> String.join(separator, before.apply(line).strip().split("\\s+")) + "\n";
      }
      List<String> out = new ArrayList<>();
      for (String line : lines) {
        if (ignore == null || !ignore.matcher(line).lookingAt()) {
          out.add(stripNewline(f.apply(line)));
        }
      }
      return out;
    }

    private static String stripNewline(String line) {
      return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
    }
  }
}
