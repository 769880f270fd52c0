package dev.aic.opt.splitfile;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import dev.aic.opt.tool.ToolMain;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LLVM 22's {@code split-file INPUT DIR}: a line {@code <c>--- NAME} or {@code //--- NAME} starts
 * part NAME, which is written to {@code DIR/NAME} (subdirectories created). With {@code
 * --leading-lines} each part starts with as many empty lines as came before it in the input, so
 * diagnostics keep the input's line numbers; {@code --no-leading-lines} is the default. Messages
 * and exit statuses are LLVM's.
 */
public final class SplitFile implements Tool {
  private static final String NAME = "split-file";

  @Override
  public String name() {
    return NAME;
  }

  /** Runs the tool as a process. */
  public static void main(String[] args) {
    ToolMain.exit(new SplitFile(), args);
  }

  /** A part: where its text starts and ends in the input, and its leading newline count. */
  private static final class Part {
    int begin;
    int end;
    int leadingLines;
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    boolean leadingLines = false;
    List<String> positional = new ArrayList<>();
    for (String arg : args) {
      switch (arg) {
        case "--leading-lines" -> leadingLines = true;
        case "--no-leading-lines" -> {
          // The default; LLVM accepts it without changing anything.
        }
        case "--help" -> {
          io.stdout().print(help());
          return 0;
        }
        default -> {
          if (arg.startsWith("-") && !arg.equals("-")) {
            return unknownArgument(arg, io.stderr());
          }
          positional.add(arg);
        }
      }
    }
    if (positional.size() > 2) {
      io.stderr()
          .print(
              NAME
                  + ": Too many positional arguments specified!\n"
                  + "Can specify at most 2 positional arguments: See: "
                  + NAME
                  + " --help\n");
      return 1;
    }
    if (positional.isEmpty() || positional.get(0).isEmpty()) {
      return fatal(io.stderr(), "input filename is not specified");
    }
    if (positional.size() < 2 || positional.get(1).isEmpty()) {
      return fatal(io.stderr(), "output directory is not specified");
    }
    String input = positional.get(0);
    String text;
    try {
      byte[] bytes = input.equals("-") ? io.stdin().readAllBytes() : io.readFile(input);
      // Latin-1 maps bytes to chars one to one, so parts are written back byte for byte.
      text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      return fatal(io.stderr(), input + ": No such file or directory");
    } catch (IOException e) {
      return fatal(io.stderr(), input + ": " + e.getMessage());
    }
    Path output;
    try {
      output = io.resolve(positional.get(1));
      clearOutput(output);
    } catch (IOException e) {
      return fatal(io.stderr(), positional.get(1) + ": " + e.getMessage());
    }
    return split(text, input, output, leadingLines, io.stderr());
  }

  private static int split(
      String text, String input, Path output, boolean leadingLines, PrintStream err) {
    Map<String, Part> parts = new LinkedHashMap<>();
    Part last = null;
    int errors = 0;
    int lineNo = 0;
    int newlinesBefore = 0;
    for (int start = 0; start < text.length(); ) {
      lineNo++;
      int newline = text.indexOf('\n', start);
      int next = newline < 0 ? text.length() : newline + 1;
      int contentEnd = newline < 0 ? text.length() : newline;
      if (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      String line = text.substring(start, contentEnd);
      newlinesBefore += newline < 0 ? 0 : 1;
      int markerLen = line.startsWith("//") ? 6 : 5;
      if (line.length() >= markerLen && line.startsWith("--- ", markerLen - 4)) {
        String separator = line.substring(0, markerLen);
        String partName = line.substring(markerLen);
        String problem = null;
        if (partName.isEmpty()) {
          problem = "empty part name";
        } else if (isSpace(partName.charAt(0)) || isSpace(partName.charAt(partName.length() - 1))) {
          problem = "part name cannot have leading or trailing space";
        } else if (parts.containsKey(partName)) {
          problem = "'" + separator + partName + "' occurs more than once";
        }
        if (problem != null) {
          err.print(input + ":" + lineNo + ": error: " + problem + "\n");
          errors++;
        } else {
          if (last != null) {
            last.end = start;
          }
          Part part = new Part();
          part.begin = next;
          part.leadingLines = leadingLines ? newlinesBefore : 0;
          parts.put(partName, part);
          last = part;
        }
      }
      start = next;
    }
    if (last == null) {
      return fatal(err, input + ": no part separator was found");
    }
    if (errors > 0) {
      return 1;
    }
    last.end = text.length();
    String eol = detectEol(text);
    for (Map.Entry<String, Part> entry : parts.entrySet()) {
      Path path = output.resolve(entry.getKey());
      Part part = entry.getValue();
      String content = eol.repeat(part.leadingLines) + text.substring(part.begin, part.end);
      try {
        Files.createDirectories(path.getParent());
        Files.write(path, content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      } catch (IOException e) {
        return fatal(err, input + ": " + e.getMessage());
      }
    }
    return 0;
  }

  /** LLVM's {@code detectEOL}: decided by the first carriage return, if any. */
  private static String detectEol(String text) {
    int cr = text.indexOf('\r');
    if (cr < 0) {
      return "\n";
    }
    if (cr + 1 < text.length() && text.charAt(cr + 1) == '\n') {
      return "\r\n";
    }
    if (cr > 0 && text.charAt(cr - 1) == '\n') {
      return "\n\r";
    }
    return "\r";
  }

  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  /** Removes {@code output} if it is a file or an empty directory, as LLVM does before writing. */
  private static void clearOutput(Path output) throws IOException {
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)
        && !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException("output cannot be a special file");
    }
    try {
      Files.deleteIfExists(output);
    } catch (DirectoryNotEmptyException e) {
      // A directory with files stays; parts are written into it.
    }
  }

  private static int fatal(PrintStream err, String message) {
    err.print(NAME + ": error: " + message + "\n");
    return 1;
  }

  private static int unknownArgument(String arg, PrintStream err) {
    err.print(
        NAME + ": Unknown command line argument '" + arg + "'.  Try: '" + NAME + " --help'\n");
    String bare = arg.replaceFirst("^-+", "").replaceFirst("=.*", "");
    if (bare.equals("leading-lines") || bare.equals("no-leading-lines")) {
      err.print(NAME + ": Did you mean '--" + bare + "'?\n");
    }
    return 1;
  }

  private static String help() {
    return "OVERVIEW: Split input into multiple parts separated by regex '^(.|//)--- ' and extract"
        + " the part specified by '^(.|//)--- <part>'\n\n"
        + "USAGE: split-file [options] filename directory\n\n"
        + "OPTIONS:\n\n"
        + "split-file Options:\n\n"
        + "  --leading-lines    - Preserve line numbers\n"
        + "  --no-leading-lines - Don't preserve line numbers (default)\n";
  }
}
