package dev.aic.text.diag;

import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code expected-*} comment of a file checked with {@code --verify-diagnostics}, as MLIR 22
 * reads them: anywhere on a line, {@code expected-(error|note|remark|warning)}, optionally {@code
 * -re}, optionally {@code @+N}, {@code @-N}, {@code @above}, {@code @below} or {@code @unknown},
 * then the expected text between the first {@code {{} and the {@code }}} ending the line. Without
 * {@code -re} the text is matched literally as a substring, braces included; with it, {@code
 * {{...}}} parts are POSIX extended regular expressions and the rest is literal.
 *
 * @param severity the expected severity
 * @param line the line the diagnostic must be on ({@code @above} means the last line without an
 *     expectation, {@code @below} the next one, or the number of lines if there is none); unused
 *     for {@code @unknown}
 * @param position where {@code expected-} starts, for messages about this expectation
 * @param text the expected text as written
 * @param pattern the regular expression for {@code -re}, or {@code null} for a literal text
 * @param unknownLocation whether this is {@code @unknown}: it matches diagnostics at locations
 *     without a file position
 * @param error why the {@code -re} text is malformed ({@code invalid regex: ...}), or {@code null}
 */
public record ExpectedDiagnostic(
    Severity severity,
    long line,
    FileLineColLoc position,
    String text,
    Pattern pattern,
    boolean unknownLocation,
    String error) {
  private static final Pattern EXPECTED =
      Pattern.compile(
          "expected-(error|note|remark|warning)(-re)? *(@([+-][0-9]+|above|below|unknown))?"
              + " *\\{\\{(.*)\\}\\}\\z",
          Pattern.DOTALL);

  /** Validates the components. */
  public ExpectedDiagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(text, "text");
  }

  /** Whether a diagnostic with this message satisfies the expectation (severity aside). */
  public boolean matches(String message) {
    if (error != null) {
      return false;
    }
    return pattern != null ? pattern.matcher(message).find() : message.contains(text);
  }

  /**
   * The expectations in {@code file}, in order, with file line numbers (its line offset included).
   * Malformed {@code -re} expectations come with their {@link #error}.
   */
  public static List<ExpectedDiagnostic> parse(SourceFile file) {
    List<ExpectedDiagnostic> result = new ArrayList<>();
    String text = file.text();
    int lineCount = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lineCount++;
      }
    }
    int lastPlainLine = 0;
    List<Integer> pendingBelow = new ArrayList<>();
    int lineStart = 0;
    for (int index = 0; index < lineCount; index++) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      String line = rtrim(text.substring(lineStart, lineEnd));
      int start = lineStart;
      lineStart = lineEnd + 1;
      Matcher m = EXPECTED.matcher(line);
      if (!m.find()) {
        for (int pending : pendingBelow) {
          result.set(pending, result.get(pending).withLine(file.lineOffset() + index + 1));
        }
        pendingBelow.clear();
        lastPlainLine = index;
        continue;
      }
      Severity severity = Severity.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      int column = SourceDiagnosticPrinter.utf8Length(text.subSequence(start, start + m.start()));
      FileLineColLoc position =
          new FileLineColLoc(file.name(), file.lineOffset() + index + 1, column + 1);
      String expected = m.group(5);
      Pattern pattern = null;
      String error = null;
      if (m.group(2) != null) {
        try {
          pattern = compile(expected);
        } catch (PosixRegex.Error e) {
          error = e.getMessage();
        }
      }
      long target = file.lineOffset() + index + 1;
      boolean unknown = false;
      String designator = m.group(4);
      if (designator != null) {
        switch (designator) {
          case "unknown" -> unknown = true;
          case "above" -> target = file.lineOffset() + lastPlainLine + 1;
          case "below" -> {
            pendingBelow.add(result.size());
            target = file.lineOffset() + lineCount;
          }
          default -> {
            long offset = offset(designator.substring(1));
            target += designator.charAt(0) == '+' ? offset : -offset;
          }
        }
      }
      result.add(
          new ExpectedDiagnostic(severity, target, position, expected, pattern, unknown, error));
    }
    return result;
  }

  private ExpectedDiagnostic withLine(long newLine) {
    return new ExpectedDiagnostic(
        severity, newLine, position, text, pattern, unknownLocation, error);
  }

  /** The number after {@code @+}/{@code @-}, read as C's {@code strtol} base 0 (octal after 0). */
  private static long offset(String digits) {
    try {
      long value =
          digits.length() > 1 && digits.charAt(0) == '0'
              ? Long.parseLong(digits.substring(1), 8)
              : Long.parseLong(digits);
      return value <= Integer.MAX_VALUE ? value : 0;
    } catch (NumberFormatException e) {
      return 0; // MLIR leaves the offset uninitialised; no line matches in practice.
    }
  }

  /** Translates {@code -re} text: {@code {{regex}}} parts as groups, the rest literal. */
  private static Pattern compile(String expected) throws PosixRegex.Error {
    if (expected.isEmpty()) {
      // LLVM compiles the empty expression to an invalid regex, which matches nothing.
      return Pattern.compile("(?!)");
    }
    StringBuilder java = new StringBuilder();
    String rest = expected;
    while (!rest.isEmpty()) {
      int open = rest.indexOf("{{");
      if (open < 0) {
        java.append(Pattern.quote(rest));
        break;
      }
      if (open > 0) {
        java.append(Pattern.quote(rest.substring(0, open)));
      }
      rest = rest.substring(open + 2);
      int close = rest.indexOf("}}");
      if (close < 0) {
        throw new PosixRegex.Error("found start of regex with no end '}}'");
      }
      String part = rest.substring(0, close);
      try {
        java.append('(').append(PosixRegex.translate(part)).append(')');
      } catch (PosixRegex.Error e) {
        throw new PosixRegex.Error("invalid regex: " + e.getMessage());
      }
      rest = rest.substring(close + 2);
    }
    try {
      return Pattern.compile(java.toString(), Pattern.DOTALL);
    } catch (PatternSyntaxException e) {
      throw new PosixRegex.Error("invalid regex: " + e.getDescription());
    }
  }

  private static String rtrim(String line) {
    int end = line.length();
    while (end > 0 && " \t\n\u000b\f\r".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    return line.substring(0, end);
  }
}
