package dev.aic.opt.filecheck;

import dev.aic.opt.tool.Tool;
import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LLVM FileCheck 22, in Java: checks that an input (stdin or {@code --input-file}) matches the
 * directives of a check file, with FileCheck's options, messages, input dump and exit statuses (0
 * pass, 1 check failure or bad option, 2 bad check file, input or usage).
 */
public final class FileCheckTool implements Tool {
  private static final Pattern PREFIX_SYNTAX = Pattern.compile("[a-zA-Z0-9_-]*");

  /** Creates the tool; it keeps no state between runs. */
  public FileCheckTool() {}

  @Override
  public String name() {
    return "FileCheck";
  }

  @Override
  public int run(List<String> args, ToolIO io) {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    int status;
    try {
      status = run(bytes(args), io, out, err);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or a resource limit, never the user's input: say so instead of a stack trace.
      err.append("FileCheck: internal error: ").append(e).append('\n');
      status = 2;
    }
    write(io.stdout(), out);
    write(io.stderr(), err);
    return status;
  }

  /** Re-encodes arguments so that each char is one UTF-8 byte, as the buffers are. */
  private static List<String> bytes(List<String> args) {
    List<String> result = new ArrayList<>(args.size());
    for (String arg : args) {
      result.add(new String(arg.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }
    return result;
  }

  private static void write(java.io.PrintStream stream, StringBuilder text) {
    if (text.length() > 0) {
      stream.write(text.toString().getBytes(StandardCharsets.ISO_8859_1), 0, text.length());
      stream.flush();
    }
  }

  private int run(List<String> args, ToolIO io, StringBuilder out, StringBuilder err) {
    List<String> all = new ArrayList<>();
    String environment = io.environment().get("FILECHECK_OPTS");
    if (environment != null) {
      all.addAll(bytes(CommandLine.tokenize(environment)));
    }
    all.addAll(args);
    CommandLine line;
    try {
      line = CommandLine.parse(all);
    } catch (CommandLine.UsageError e) {
      err.append("FileCheck: ").append(e.getMessage()).append('\n');
      return 1;
    }
    if (line.has("version")) {
      out.append("aic FileCheck, compatible with LLVM FileCheck 22\n");
      return 0;
    }
    if (line.has("help")) {
      out.append(Resources.text("filecheck-help.txt"));
      return 0;
    }
    int dumpInput = line.dumpInputs.isEmpty() ? 1 : Collections.max(line.dumpInputs);
    if (dumpInput == 3) {
      out.append(Resources.text("dump-input-help.txt"));
      return 0;
    }
    if (line.checkFile == null) {
      err.append("<check-file> not specified\n");
      return 2;
    }
    boolean defineError = false;
    for (String define : line.defines) {
      int equals = define.indexOf('=');
      if (equals < 0) {
        err.append("Missing equal sign in command-line definition '-D")
            .append(define)
            .append("'\n");
        defineError = true;
      } else if (equals == 0) {
        err.append("Missing variable name in command-line definition '-D")
            .append(define)
            .append("'\n");
        defineError = true;
      }
    }
    if (defineError) {
      return 2;
    }
    FileCheckRequest request = request(line);
    if (!validatePrefixes(line, err)) {
      return 2;
    }
    String checkText;
    try {
      checkText = read(line.checkFile, io);
    } catch (IOException e) {
      err.append("Could not open check file '")
          .append(line.checkFile)
          .append("': ")
          .append(reason(e))
          .append('\n');
      return 2;
    }
    Source checkFile =
        new Source(line.checkFile, canonicalize(checkText, request.strictWhitespace()));
    PatternContext context = new PatternContext();
    List<CheckString> checks;
    try {
      checks = new CheckFileReader(request, context, err).read(checkFile);
    } catch (CheckFileError e) {
      return e.status();
    }
    String inputName = line.inputFile.equals("-") ? "<stdin>" : line.inputFile;
    String inputText;
    try {
      inputText = read(line.inputFile, io);
    } catch (IOException e) {
      err.append("Could not open input file '")
          .append(inputName)
          .append("': ")
          .append(reason(e))
          .append('\n');
      return 2;
    }
    if (inputText.isEmpty() && !request.allowEmptyInput()) {
      err.append("FileCheck error: '").append(inputName).append("' is empty.\n");
      err.append("FileCheck command line: ");
      err.append(" FileCheck");
      for (String arg : args) {
        err.append(' ').append(arg);
      }
      err.append('\n');
      return 2;
    }
    Source input = new Source(inputName, canonicalize(inputText, request.strictWhitespace()));
    List<MatchDiag> diags = dumpInput == 0 ? null : new ArrayList<>();
    Session session = new Session(request, err, diags, input);
    int status = new InputChecker(session, context).check(checks) ? 0 : 1;
    if (dumpInput == 2 || (status == 1 && dumpInput == 1)) {
      err.append("\nInput file: ")
          .append(inputName)
          .append("\nCheck file: ")
          .append(line.checkFile)
          .append("\n\n-dump-input=help explains the following input dump.\n\n");
      InputDump.Filter filter =
          line.dumpFilters.isEmpty()
              ? (dumpInput == 2 ? InputDump.Filter.ALL : InputDump.Filter.ERROR)
              : InputDump.Filter.values()[Collections.max(line.dumpFilters)];
      int dumpContext = line.dumpContexts.isEmpty() ? 5 : Collections.max(line.dumpContexts);
      InputDump dump = new InputDump(input, filter, dumpContext);
      dump.annotate(diags);
      dump.print(err);
    }
    return status;
  }

  private static FileCheckRequest request(CommandLine line) {
    return new FileCheckRequest(
        List.copyOf(line.checkPrefixes),
        List.copyOf(line.commentPrefixes),
        List.copyOf(line.implicitCheckNot),
        List.copyOf(line.defines),
        line.has("allow-empty"),
        line.has("allow-unused-prefixes"),
        line.has("match-full-lines"),
        line.has("strict-whitespace"),
        line.has("ignore-case"),
        line.has("enable-var-scope"),
        line.has("allow-deprecated-dag-overlap"),
        line.has("v") || line.has("vv"),
        line.has("vv"));
  }

  private static boolean validatePrefixes(CommandLine line, StringBuilder err) {
    Set<String> unique = new HashSet<>();
    if (line.checkPrefixes.isEmpty()) {
      unique.add("CHECK");
    }
    if (line.commentPrefixes.isEmpty()) {
      unique.addAll(List.of("COM", "RUN"));
    }
    return validate("check", line.checkPrefixes, unique, err)
        && validate("comment", line.commentPrefixes, unique, err);
  }

  private static boolean validate(
      String kind, List<String> prefixes, Set<String> unique, StringBuilder err) {
    for (String prefix : prefixes) {
      if (prefix.isEmpty()) {
        err.append("error: supplied ")
            .append(kind)
            .append(" prefix must not be the empty string\n");
        return false;
      }
      if (!PREFIX_SYNTAX.matcher(prefix).matches()) {
        err.append("error: supplied ")
            .append(kind)
            .append(" prefix must start with a letter and contain only alphanumeric characters,")
            .append(" hyphens, and underscores: '")
            .append(prefix)
            .append("'\n");
        return false;
      }
      if (!unique.add(prefix)) {
        err.append("error: supplied ")
            .append(kind)
            .append(" prefix must be unique among check and comment prefixes: '")
            .append(prefix)
            .append("'\n");
        return false;
      }
    }
    return true;
  }

  private static String read(String name, ToolIO io) throws IOException {
    byte[] bytes;
    if (name.equals("-")) {
      InputStream in = io.stdin();
      bytes = in.readAllBytes();
    } else {
      Path path =
          io.resolve(
              new String(name.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      if (Files.isDirectory(path)) {
        throw new IOException("Is a directory");
      }
      bytes = ToolIO.readAllBytes(path);
    }
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "No such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "Permission denied";
    }
    return e.getMessage();
  }

  /**
   * Drops the '\r' of each "\r\n" and, unless whitespace is strict, folds each run of spaces and
   * tabs into one space, as FileCheck does to both files before reading them.
   */
  static String canonicalize(String text, boolean strictWhitespace) {
    StringBuilder sb = new StringBuilder(text.length());
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (strictWhitespace || (c != ' ' && c != '\t')) {
        sb.append(c);
        continue;
      }
      sb.append(' ');
      while (i + 1 < n && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
        i++;
      }
    }
    return sb.toString();
  }
}
