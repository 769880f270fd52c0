package dev.aic.opt.filecheck;

import java.util.List;

/**
 * Reports the outcome of one match attempt, as LLVM's {@code printMatch}/{@code printNoMatch}:
 * errors always, good matches with {@code -v}, expected absences with {@code -vv}, and a record of
 * each for the input dump.
 */
final class Reporter {
  private Reporter() {}

  /**
   * Reports {@code result} of searching {@code buffer} for {@code pattern}; {@code expected} says
   * whether a match is wanted (false for CHECK-NOT). Returns whether all is well.
   */
  static boolean report(
      Session session,
      boolean expected,
      String prefix,
      Pattern pattern,
      int matchedCount,
      Text buffer,
      Pattern.MatchResult result) {
    return result.found()
        ? found(session, expected, prefix, pattern, matchedCount, buffer, result)
        : notFound(session, expected, prefix, pattern, matchedCount, buffer, result.error());
  }

  private static String message(
      String prefix, Pattern pattern, boolean expected, String outcome, int matchedCount) {
    String text =
        pattern.type().description(prefix)
            + ": "
            + (expected ? "expected" : "excluded")
            + " string "
            + outcome
            + " in input";
    if (pattern.count() > 1) {
      text += " (" + matchedCount + " out of " + pattern.count() + ")";
    }
    return text;
  }

  private static boolean found(
      Session session,
      boolean expected,
      String prefix,
      Pattern pattern,
      int matchedCount,
      Text buffer,
      Pattern.MatchResult result) {
    FileCheckRequest request = session.request();
    boolean hasError = !expected;
    boolean print = true;
    if (!hasError) {
      if (!request.verbose()) {
        return true;
      }
      if (!request.veryVerbose() && pattern.type().is(CheckKind.EOF)) {
        return true;
      }
      print = session.diags() == null;
    }
    MatchType matchType = expected ? MatchType.FOUND_AND_EXPECTED : MatchType.FOUND_BUT_EXCLUDED;
    int start = buffer.start() + result.pos();
    int end = start + result.length();
    List<MatchDiag> diags = session.diags();
    if (diags != null) {
      diags.add(new MatchDiag(pattern, pattern.type(), matchType, start, end, ""));
      pattern.printSubstitutions(session, start, matchType, diags);
      pattern.printVariableDefinitions(session, matchType, diags);
    }
    if (!print) {
      return !hasError;
    }
    pattern.message(
        session.err(),
        expected ? DiagKind.REMARK : DiagKind.ERROR,
        message(prefix, pattern, expected, "found", matchedCount));
    buffer.source().message(session.err(), start, DiagKind.NOTE, "found here", start, end);
    pattern.printSubstitutions(session, start, matchType, null);
    pattern.printVariableDefinitions(session, matchType, null);
    return !hasError;
  }

  private static boolean notFound(
      Session session,
      boolean expected,
      String prefix,
      Pattern pattern,
      int matchedCount,
      Text buffer,
      PatternError error) {
    boolean hasError = expected;
    boolean patternError = error != null;
    MatchType matchType = expected ? MatchType.NONE_BUT_EXPECTED : MatchType.NONE_AND_EXCLUDED;
    if (patternError) {
      hasError = true;
      matchType = MatchType.NONE_FOR_INVALID_PATTERN;
      error.print(session.err(), false);
    }
    boolean print = true;
    if (!hasError) {
      if (!session.request().veryVerbose()) {
        return true;
      }
      print = session.diags() == null;
    }
    int start = buffer.start();
    List<MatchDiag> diags = session.diags();
    if (diags != null) {
      diags.add(new MatchDiag(pattern, pattern.type(), matchType, start, buffer.end(), ""));
      if (patternError) {
        for (PatternError.Located located : error.errors()) {
          diags.add(
              new MatchDiag(pattern, pattern.type(), matchType, start, start, located.message()));
        }
      }
      pattern.printSubstitutions(session, start, matchType, diags);
    }
    if (!print) {
      return !hasError;
    }
    if (!patternError) {
      pattern.message(
          session.err(),
          expected ? DiagKind.ERROR : DiagKind.REMARK,
          message(prefix, pattern, expected, "not found", matchedCount));
      buffer.source().message(session.err(), start, DiagKind.NOTE, "scanning from here");
    }
    pattern.printSubstitutions(session, start, matchType, null);
    if (expected) {
      pattern.printFuzzyMatch(session, buffer);
    }
    return !hasError;
  }
}
