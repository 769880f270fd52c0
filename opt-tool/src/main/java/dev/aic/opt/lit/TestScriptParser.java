package dev.aic.opt.lit;

import dev.aic.opt.tool.ToolIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lit's directives from a test file the way lit 22's {@code _parseKeywords} does: a keyword
 * anywhere on a line takes the rest of the line; {@code RUN:}, {@code DEFINE:} and {@code
 * REDEFINE:} continue on the next directive of the same keyword when they end in {@code \}; {@code
 * END.} alone stops the scan; {@code %(line)} and {@code %(line+N)} become line numbers.
 */
public final class TestScriptParser {
  private static final Pattern KEYWORDS =
      Pattern.compile(
          "(RUN:|XFAIL:|REQUIRES:|UNSUPPORTED:|ALLOW_RETRIES:|END\\.|DEFINE:|REDEFINE:)(.*)\\n",
          Pattern.UNIX_LINES);
  private static final Pattern LINE = Pattern.compile("%\\(line\\)");
  private static final Pattern LINE_OFFSET = Pattern.compile("%\\(line *([+-]) *(\\d+)\\)");
  private static final Pattern SUBSTITUTION_NAME = Pattern.compile("%\\{[_a-zA-Z][-_:0-9a-zA-Z]*}");

  private final List<PendingDirective> script = new ArrayList<>();
  private final List<String> xfails = new ArrayList<>();
  private final List<String> requires = new ArrayList<>();
  private final List<String> unsupported = new ArrayList<>();

  /** A directive while its continuation lines are still being collected. */
  private static final class PendingDirective {
    final String keyword;
    final int startLine;
    int endLine;
    String body;

    PendingDirective(String keyword, int line, String body) {
      this.keyword = keyword;
      this.startLine = line;
      this.endLine = line;
      this.body = body;
    }

    boolean isCommand() {
      return keyword.equals("RUN:");
    }

    boolean needsContinuation() {
      return isCommand() ? body.endsWith("\\") : body.stripTrailing().endsWith("\\");
    }

    String location() {
      return startLine == endLine
          ? "at line " + startLine
          : "from line " + startLine + " to " + endLine;
    }
  }

  private TestScriptParser() {}

  /**
   * Parses the directives of {@code file}.
   *
   * @throws LitSyntaxException with lit's message for a malformed directive or a missing RUN line
   */
  public static TestScript parse(Path file) throws IOException, LitSyntaxException {
    String data = new String(ToolIO.readAllBytes(file), StandardCharsets.UTF_8);
    return parse(data);
  }

  /** Parses directives from the text of a test file. */
  public static TestScript parse(String data) throws LitSyntaxException {
    TestScriptParser parser = new TestScriptParser();
    if (!data.endsWith("\n")) {
      data = data + "\n";
    }
    Matcher m = KEYWORDS.matcher(data);
    int lineNumber = 1;
    int last = 0;
    while (m.find()) {
      lineNumber += countNewlines(data, last, m.start());
      last = m.start();
      String keyword = m.group(1);
      String text = stripTrailingCarriageReturns(m.group(2));
      try {
        if (parser.handle(keyword, lineNumber, text)) {
          break;
        }
      } catch (LitSyntaxException e) {
        throw new LitSyntaxException(
            e.getMessage() + "\nin " + keyword + " directive on test line " + lineNumber);
      }
    }
    return parser.finish();
  }

  private static int countNewlines(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  private static String stripTrailingCarriageReturns(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\r') {
      end--;
    }
    return s.substring(0, end);
  }

  /** Handles one directive; returns true when the scan must stop ({@code END.}). */
  private boolean handle(String keyword, int line, String text) throws LitSyntaxException {
    switch (keyword) {
      case "RUN:", "DEFINE:", "REDEFINE:" -> addScriptLine(keyword, line, text);
      case "XFAIL:" -> addExpressions(xfails, text);
      case "REQUIRES:" -> addExpressions(requires, text);
      case "UNSUPPORTED:" -> addExpressions(unsupported, text);
      case "ALLOW_RETRIES:" -> parseRetries(text);
      case "END." -> {
        return text.isBlank();
      }
      default -> throw new IllegalStateException("unhandled keyword " + keyword);
    }
    return false;
  }

  private static void parseRetries(String text) throws LitSyntaxException {
    // Retries are not run again (failures are deterministic in one JVM); the value is still
    // checked.
    try {
      Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new LitSyntaxException(
          "INTEGER parser requires the input to be an integer (got " + text + ")");
    }
  }

  private static String substituteLineNumbers(int line, String text) {
    String result = LINE.matcher(text).replaceAll(Integer.toString(line));
    return LINE_OFFSET
        .matcher(result)
        .replaceAll(
            r -> {
              int offset = Integer.parseInt(r.group(2));
              return Integer.toString(r.group(1).equals("+") ? line + offset : line - offset);
            });
  }

  private void addScriptLine(String keyword, int line, String text) throws LitSyntaxException {
    text = substituteLineNumbers(line, text);
    PendingDirective previous = script.isEmpty() ? null : script.get(script.size() - 1);
    if (previous != null && previous.keyword.equals(keyword) && previous.needsContinuation()) {
      previous.endLine = line;
      if (previous.isCommand()) {
        previous.body =
            previous.body.substring(0, previous.body.length() - 1) + text.stripTrailing();
      } else {
        if (text.isBlank()) {
          throw new LitSyntaxException("Substitution's continuation is empty");
        }
        String head = previous.body.stripTrailing();
        previous.body =
            head.substring(0, head.length() - 1).stripTrailing() + " " + text.stripLeading();
        checkDefinition(previous);
      }
      return;
    }
    PendingDirective directive =
        new PendingDirective(keyword, line, keyword.equals("RUN:") ? text.stripTrailing() : text);
    script.add(directive);
    if (!directive.isCommand()) {
      checkDefinition(directive);
    }
  }

  private static void checkDefinition(PendingDirective d) throws LitSyntaxException {
    if (d.needsContinuation()) {
      return;
    }
    int eq = d.body.indexOf('=');
    if (eq < 0) {
      throw new LitSyntaxException("Substitution's definition does not contain '='");
    }
    String name = d.body.substring(0, eq).strip();
    if (!SUBSTITUTION_NAME.matcher(name).matches()) {
      throw new LitSyntaxException(
          "Substitution name '"
              + name
              + "' is malformed as it must start with '%{', it must end with '}', and the rest"
              + " must start with a letter or underscore and contain only alphanumeric"
              + " characters, hyphens, underscores, and colons");
    }
  }

  private static void addExpressions(List<String> list, String text) throws LitSyntaxException {
    List<String> parts = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    if (!list.isEmpty() && list.get(list.size() - 1).endsWith("\\") && !parts.isEmpty()) {
      String joined = list.remove(list.size() - 1);
      list.add(joined.substring(0, joined.length() - 1) + parts.remove(0));
    }
    list.addAll(parts);
    for (String expression : list) {
      if (!expression.equals("*") && !expression.endsWith("\\")) {
        FeatureExpression.evaluate(expression, java.util.Set.of());
      }
    }
  }

  private TestScript finish() throws LitSyntaxException {
    if (script.stream().noneMatch(PendingDirective::isCommand)) {
      throw new LitSyntaxException("Test has no 'RUN:' line");
    }
    List<TestScript.Directive> directives = new ArrayList<>();
    for (PendingDirective d : script) {
      if (d.needsContinuation()) {
        throw new LitSyntaxException(
            "Test has unterminated '" + d.keyword + "' directive (with '\\') " + d.location());
      }
      if (d.isCommand()) {
        directives.add(new TestScript.RunLine(d.startLine, d.body));
      } else {
        int eq = d.body.indexOf('=');
        directives.add(
            new TestScript.SubstitutionDefinition(
                d.keyword,
                d.location(),
                d.body.substring(0, eq).strip(),
                d.body.substring(eq + 1).strip()));
      }
    }
    checkUnterminated("XFAIL:", xfails);
    checkUnterminated("REQUIRES:", requires);
    checkUnterminated("UNSUPPORTED:", unsupported);
    return new TestScript(
        List.copyOf(directives),
        List.copyOf(xfails),
        List.copyOf(requires),
        List.copyOf(unsupported));
  }

  private static void checkUnterminated(String keyword, List<String> expressions)
      throws LitSyntaxException {
    if (!expressions.isEmpty() && expressions.get(expressions.size() - 1).endsWith("\\")) {
      throw new LitSyntaxException("Test has unterminated '" + keyword + "' lines (with '\\')");
    }
  }
}
