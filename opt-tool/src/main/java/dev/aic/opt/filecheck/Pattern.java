package dev.aic.opt.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * One directive's compiled pattern: a fixed string, or a POSIX regex with the places where variable
 * values go and the groups that define variables. Built by {@link PatternParser}.
 */
final class Pattern {
  /** A numeric variable that a pattern defines from one of its groups. */
  record NumericDefinition(NumericVariable variable, int group) {}

  /**
   * The outcome of {@link #match}: a match at {@code pos} (relative to the searched buffer) of
   * {@code length}, no match ({@code pos < 0}), or the errors that kept it from matching.
   */
  record MatchResult(int pos, int length, PatternError error) {
    static final MatchResult NOT_FOUND = new MatchResult(-1, 0, null);

    boolean found() {
      return pos >= 0;
    }
  }

  private final CheckType type;
  private final PatternContext context;
  private final Integer line;
  private final Source checkSource;
  private final int loc;
  private final int implicitIndex;
  private final String fixed;
  private final String regex;
  private final List<Substitution> substitutions;
  private final Map<String, Integer> stringDefinitions;
  private final Map<String, NumericDefinition> numericDefinitions;
  private final boolean ignoreCase;
  private final Map<String, RegexSearch> compiled = new HashMap<>();

  Pattern(
      CheckType type,
      PatternContext context,
      Integer line,
      Text loc,
      int implicitIndex,
      String fixed,
      String regex,
      List<Substitution> substitutions,
      Map<String, Integer> stringDefinitions,
      Map<String, NumericDefinition> numericDefinitions,
      boolean ignoreCase) {
    this.type = type;
    this.context = context;
    this.line = line;
    this.checkSource = loc.source();
    this.loc = loc.start();
    this.implicitIndex = implicitIndex;
    this.fixed = fixed;
    this.regex = regex;
    this.substitutions = substitutions;
    this.stringDefinitions = stringDefinitions;
    this.numericDefinitions = numericDefinitions;
    this.ignoreCase = ignoreCase;
  }

  /** The implicit end-of-file pattern that trailing {@code CHECK-DAG}/{@code -NOT}s hang off. */
  static Pattern endOfFile(PatternContext context, Integer line, Text loc) {
    return new Pattern(
        CheckType.of(CheckKind.EOF),
        context,
        line,
        loc,
        0,
        null,
        null,
        List.of(),
        Map.of(),
        Map.of(),
        false);
  }

  CheckType type() {
    return type;
  }

  int count() {
    return type.count();
  }

  Source checkSource() {
    return checkSource;
  }

  /** Where the pattern text starts in its check buffer. */
  int loc() {
    return loc;
  }

  /** 1-based index among {@code --implicit-check-not} patterns, or 0 for check-file patterns. */
  int implicitIndex() {
    return implicitIndex;
  }

  boolean hasVariable() {
    return !(substitutions.isEmpty() && stringDefinitions.isEmpty());
  }

  /** Prints a message located at this pattern. */
  void message(StringBuilder out, DiagKind kind, String text) {
    checkSource.message(out, loc, kind, text);
  }

  /** Finds the first match in {@code buffer}, defining the pattern's variables if it matches. */
  MatchResult match(Text buffer) {
    if (type.is(CheckKind.EOF)) {
      return new MatchResult(buffer.size(), 0, null);
    }
    if (fixed != null && !fixed.isEmpty()) {
      int pos = ignoreCase ? findIgnoringCase(buffer, fixed) : buffer.find(fixed);
      return pos < 0 ? MatchResult.NOT_FOUND : new MatchResult(pos, fixed.length(), null);
    }
    String toMatch = regex;
    if (!substitutions.isEmpty()) {
      if (line != null) {
        context.lineVariable().set(BigInteger.valueOf(line), null);
      }
      StringBuilder withValues = new StringBuilder(regex);
      int offset = 0;
      PatternError errors = null;
      for (Substitution substitution : substitutions) {
        try {
          String value = substitution.regex();
          withValues.insert(substitution.index() + offset, value);
          offset += value.length();
        } catch (PatternError e) {
          errors = errors == null ? e : errors.join(e);
        }
      }
      if (errors != null) {
        return new MatchResult(-1, 0, errors);
      }
      toMatch = withValues.toString();
    }
    Matcher matcher = compile(toMatch).find(buffer);
    if (matcher == null) {
      return MatchResult.NOT_FOUND;
    }
    Source input = buffer.source();
    for (Map.Entry<String, Integer> definition : stringDefinitions.entrySet()) {
      context.setStringValue(definition.getKey(), group(input, matcher, definition.getValue()));
    }
    int skip = type.is(CheckKind.EMPTY) ? 1 : 0;
    for (Map.Entry<String, NumericDefinition> definition : numericDefinitions.entrySet()) {
      NumericVariable variable = definition.getValue().variable();
      Text captured = group(input, matcher, definition.getValue().group());
      BigInteger value = variable.format().valueOf(captured.toString());
      if (!context.hasNumericVariable(definition.getKey())) {
        context.putNumericVariable(definition.getKey(), variable);
      }
      variable.set(value, captured);
    }
    return new MatchResult(
        matcher.start() - buffer.start() + skip, matcher.end() - matcher.start() - skip, null);
  }

  private static Text group(Source input, Matcher matcher, int group) {
    int start = matcher.start(group);
    return start < 0
        ? new Text(input, matcher.start(), matcher.start())
        : new Text(input, start, matcher.end(group));
  }

  private RegexSearch compile(String ere) {
    return compiled.computeIfAbsent(ere, key -> new RegexSearch(key, ignoreCase));
  }

  private static int findIgnoringCase(Text buffer, String needle) {
    String text = buffer.source().text();
    int last = buffer.end() - needle.length();
    for (int i = buffer.start(); i <= last; i++) {
      int j = 0;
      while (j < needle.length() && lower(text.charAt(i + j)) == lower(needle.charAt(j))) {
        j++;
      }
      if (j == needle.length()) {
        return i - buffer.start();
      }
    }
    return -1;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /**
   * Reports the value of each substitution as a {@code with "X" equal to ...} note at {@code
   * rangeStart}, into {@code diags} for the input dump if given, otherwise printed.
   */
  void printSubstitutions(
      Session session, int rangeStart, MatchType matchType, List<MatchDiag> diags) {
    for (Substitution substitution : substitutions) {
      String value = substitution.forDiagnostics();
      if (value == null) {
        continue;
      }
      String note =
          "with \"" + Escapes.escape(substitution.from().toString()) + "\" equal to " + value;
      if (diags != null) {
        diags.add(new MatchDiag(this, type, matchType, rangeStart, rangeStart, note));
      } else {
        session.input().message(session.err(), rangeStart, DiagKind.NOTE, note);
      }
    }
  }

  /** Reports each variable the last match captured, in input order. */
  void printVariableDefinitions(Session session, MatchType matchType, List<MatchDiag> diags) {
    if (stringDefinitions.isEmpty() && numericDefinitions.isEmpty()) {
      return;
    }
    record Capture(String name, Text range) {}
    List<Capture> captures = new ArrayList<>();
    for (String name : stringDefinitions.keySet()) {
      captures.add(new Capture(name, context.stringValue(name)));
    }
    for (Map.Entry<String, NumericDefinition> definition : numericDefinitions.entrySet()) {
      Text captured = definition.getValue().variable().capture();
      if (captured != null) {
        captures.add(new Capture(definition.getKey(), captured));
      }
    }
    captures.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
    for (Capture capture : captures) {
      String note = "captured var \"" + capture.name() + "\"";
      Text range = capture.range();
      if (diags != null) {
        diags.add(new MatchDiag(this, type, matchType, range.start(), range.end(), note));
      } else {
        range
            .source()
            .message(session.err(), range.start(), DiagKind.NOTE, note, range.start(), range.end());
      }
    }
  }

  /**
   * Points at the most similar text within the next 4096 characters, as a hint for a pattern that
   * did not match: the best edit distance per position, plus a small penalty per line skipped.
   */
  void printFuzzyMatch(Session session, Text buffer) {
    String example = fixed != null && !fixed.isEmpty() ? fixed : regex == null ? "" : regex;
    int limit = Math.min(4096, buffer.size());
    if ((long) 4096 * 2048 < (long) limit * example.length()) {
      return;
    }
    int linesForward = 0;
    int best = -1;
    double bestQuality = 0;
    for (int i = 0; i < limit; i++) {
      char c = buffer.at(i);
      if (c == '\n') {
        linesForward++;
      }
      if (c == ' ' || c == '\t') {
        continue;
      }
      double quality = matchDistance(buffer, i, example) + linesForward / 100.0;
      if (best < 0 || quality < bestQuality) {
        best = i;
        bestQuality = quality;
      }
    }
    if (best > 0 && bestQuality < 50) {
      int at = buffer.start() + best;
      if (session.diags() != null) {
        session.diags().add(new MatchDiag(this, type, MatchType.FUZZY, at, at, ""));
      }
      buffer.source().message(session.err(), at, DiagKind.NOTE, "possible intended match here");
    }
  }

  private static int matchDistance(Text buffer, int from, String example) {
    Text prefix = buffer.drop(from).take(example.length());
    int newline = prefix.find("\n");
    String candidate = (newline >= 0 ? prefix.take(newline) : prefix).toString();
    return LevenshteinDistance.getDefaultInstance().apply(candidate, example);
  }
}
