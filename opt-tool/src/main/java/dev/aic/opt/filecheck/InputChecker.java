package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * Matches check strings against the input, as LLVM's {@code FileCheck::checkInput}: the input is
 * cut into blocks at {@code CHECK-LABEL} matches, and each block is checked in order, with {@code
 * CHECK-DAG} groups, {@code CHECK-NOT} ranges and the line rules of {@code -NEXT}, {@code -SAME}
 * and {@code -EMPTY}.
 */
final class InputChecker {
  private static final int NOT_FOUND = -1;

  /** Where a check string matched: its first match and the length up to its last one. */
  private record Found(int pos, int length) {
    int end() {
      return pos + length;
    }
  }

  private final Session session;
  private final PatternContext context;
  private final FileCheckRequest request;

  InputChecker(Session session, PatternContext context) {
    this.session = session;
    this.context = context;
    this.request = session.request();
  }

  /** Checks the whole input; returns whether every check passed. */
  boolean check(List<CheckString> checks) {
    Source input = session.input();
    Text buffer = new Text(input, 0, input.text().length());
    boolean failed = false;
    int i = 0;
    int j = 0;
    int e = checks.size();
    while (true) {
      Text region;
      if (j == e) {
        region = buffer;
      } else {
        CheckString label = checks.get(j);
        if (!label.pattern().type().is(CheckKind.LABEL)) {
          j++;
          continue;
        }
        Found found = check(label, buffer, true);
        if (found == null) {
          return false;
        }
        region = buffer.take(found.end());
        buffer = buffer.drop(found.end());
        j++;
      }
      // The block before the first label keeps -D variables, so it is never cleared.
      if (i != 0 && request.enableVarScope()) {
        context.clearLocalVariables();
      }
      for (; i != j; i++) {
        Found found = check(checks.get(i), region, false);
        if (found == null) {
          failed = true;
          i = j;
          break;
        }
        region = region.drop(found.end());
      }
      if (j == e) {
        break;
      }
    }
    return !failed;
  }

  /**
   * Matches one check string in {@code buffer}: its DAG/NOT group first (unless only scanning for
   * labels), then its pattern {@code count} times, then the line and NOT rules. Returns where it
   * matched, or null.
   */
  private Found check(CheckString check, Text buffer, boolean labelScan) {
    Pattern pattern = check.pattern();
    int lastPos = 0;
    List<CheckString.DagNot> notStrings = new ArrayList<>();
    if (!labelScan) {
      lastPos = checkDag(check, buffer, notStrings);
      if (lastPos == NOT_FOUND) {
        return null;
      }
    }
    int lastMatchEnd = lastPos;
    int firstMatchPos = 0;
    for (int n = 1; n <= pattern.count(); n++) {
      Text matchBuffer = buffer.drop(lastMatchEnd);
      Pattern.MatchResult result = pattern.match(matchBuffer);
      if (!Reporter.report(session, true, check.prefix(), pattern, n, matchBuffer, result)) {
        return null;
      }
      if (n == 1) {
        firstMatchPos = lastPos + result.pos();
      }
      lastMatchEnd += result.pos() + result.length();
    }
    Found found = new Found(firstMatchPos, lastMatchEnd - firstMatchPos);
    if (!labelScan) {
      int matchPos = firstMatchPos - lastPos;
      Text matchBuffer = buffer.drop(lastPos);
      Text skipped = buffer.drop(lastPos).take(matchPos);
      if (checkNext(check, skipped) || checkSame(check, skipped)) {
        wrongLine(pattern, matchBuffer, matchPos, found.length());
        return null;
      }
      if (checkNot(skipped, notStrings)) {
        return null;
      }
    }
    return found;
  }

  /** Marks the diagnostics of the last match as on the wrong line, as LLVM adjusts them. */
  private void wrongLine(Pattern pattern, Text matchBuffer, int pos, int length) {
    List<MatchDiag> diags = session.diags();
    if (diags == null) {
      return;
    }
    if (request.verbose()) {
      for (int k = diags.size() - 1; k >= 0 && diags.get(k).pattern() == pattern; k--) {
        diags.set(k, diags.get(k).withMatchType(MatchType.FOUND_BUT_WRONG_LINE));
      }
    } else {
      int start = matchBuffer.start() + pos;
      diags.add(
          new MatchDiag(
              pattern, pattern.type(), MatchType.FOUND_BUT_WRONG_LINE, start, start + length, ""));
    }
  }

  /** Counts line breaks in {@code range}, a "\r\n" or "\n\r" pair counting once. */
  private static int[] countNewlines(Text range) {
    String text = range.source().text();
    int count = 0;
    int firstNewline = -1;
    int i = range.start();
    while (i < range.end()) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') {
        i++;
        continue;
      }
      count++;
      if (i + 1 < range.end()) {
        char next = text.charAt(i + 1);
        if ((next == '\n' || next == '\r') && next != c) {
          i++;
        }
      }
      i++;
      if (count == 1) {
        firstNewline = i;
      }
    }
    return new int[] {count, firstNewline};
  }

  private boolean checkNext(CheckString check, Text skipped) {
    CheckType type = check.pattern().type();
    if (!type.is(CheckKind.NEXT) && !type.is(CheckKind.EMPTY)) {
      return false;
    }
    String name = check.prefix() + (type.is(CheckKind.EMPTY) ? "-EMPTY" : "-NEXT");
    int[] newlines = countNewlines(skipped);
    StringBuilder err = session.err();
    Source input = skipped.source();
    if (newlines[0] == 0) {
      check
          .pattern()
          .message(err, DiagKind.ERROR, name + ": is on the same line as previous match");
      input.message(err, skipped.end(), DiagKind.NOTE, "'next' match was here");
      input.message(err, skipped.start(), DiagKind.NOTE, "previous match ended here");
      return true;
    }
    if (newlines[0] != 1) {
      check
          .pattern()
          .message(err, DiagKind.ERROR, name + ": is not on the line after the previous match");
      input.message(err, skipped.end(), DiagKind.NOTE, "'next' match was here");
      input.message(err, skipped.start(), DiagKind.NOTE, "previous match ended here");
      input.message(
          err, newlines[1], DiagKind.NOTE, "non-matching line after previous match is here");
      return true;
    }
    return false;
  }

  private boolean checkSame(CheckString check, Text skipped) {
    if (!check.pattern().type().is(CheckKind.SAME)) {
      return false;
    }
    if (countNewlines(skipped)[0] != 0) {
      StringBuilder err = session.err();
      check
          .pattern()
          .message(
              err,
              DiagKind.ERROR,
              check.prefix() + "-SAME: is not on the same line as the previous match");
      Source input = skipped.source();
      input.message(err, skipped.end(), DiagKind.NOTE, "'next' match was here");
      input.message(err, skipped.start(), DiagKind.NOTE, "previous match ended here");
      return true;
    }
    return false;
  }

  /** Reports each NOT pattern found in {@code buffer}; returns whether any was. */
  private boolean checkNot(Text buffer, List<CheckString.DagNot> notStrings) {
    boolean failed = false;
    for (CheckString.DagNot not : notStrings) {
      Pattern.MatchResult result = not.pattern().match(buffer);
      if (!Reporter.report(session, false, not.prefix(), not.pattern(), 1, buffer, result)) {
        failed = true;
      }
    }
    return failed;
  }

  /** A range of the input that a CHECK-DAG matched. */
  private record Range(int pos, int end) {}

  /**
   * Matches the DAG/NOT group before a check: each CHECK-DAG anywhere after the previous group, not
   * overlapping other matches of its own group; each CHECK-NOT in the gap before its group's
   * matches. Returns where the positive pattern's search starts, or {@link #NOT_FOUND}.
   */
  private int checkDag(CheckString check, Text buffer, List<CheckString.DagNot> notStrings) {
    List<CheckString.DagNot> dagNots = check.dagNots();
    if (dagNots.isEmpty()) {
      return 0;
    }
    int startPos = 0;
    List<Range> ranges = new ArrayList<>();
    for (int k = 0; k < dagNots.size(); k++) {
      CheckString.DagNot item = dagNots.get(k);
      Pattern pattern = item.pattern();
      if (pattern.type().is(CheckKind.NOT)) {
        notStrings.add(item);
        continue;
      }
      int matchLen;
      int matchPos = startPos;
      int index = 0;
      while (true) {
        Text matchBuffer = buffer.drop(matchPos);
        Pattern.MatchResult result = pattern.match(matchBuffer);
        if (!result.found() || request.veryVerbose()) {
          if (!Reporter.report(session, true, item.prefix(), pattern, 1, matchBuffer, result)) {
            return NOT_FOUND;
          }
        }
        matchLen = result.length();
        matchPos += result.pos();
        Range match = new Range(matchPos, matchPos + matchLen);
        if (request.allowDeprecatedDagOverlap()) {
          if (ranges.isEmpty()) {
            ranges.add(match);
          } else {
            Range block = ranges.get(0);
            ranges.set(
                0,
                new Range(Math.min(block.pos(), match.pos()), Math.max(block.end(), match.end())));
          }
          break;
        }
        boolean overlap = false;
        for (; index < ranges.size(); index++) {
          Range previous = ranges.get(index);
          if (match.pos() < previous.end()) {
            overlap = previous.pos() < match.end();
            break;
          }
        }
        if (!overlap) {
          ranges.add(index, match);
          break;
        }
        Range previous = ranges.get(index);
        if (request.veryVerbose()) {
          discarded(pattern, buffer, previous);
        }
        matchPos = previous.end();
        index++;
      }
      if (!request.veryVerbose()) {
        Reporter.report(
            session,
            true,
            item.prefix(),
            pattern,
            1,
            buffer,
            new Pattern.MatchResult(matchPos, matchLen, null));
      }
      boolean groupEnds =
          k + 1 == dagNots.size() || dagNots.get(k + 1).pattern().type().is(CheckKind.NOT);
      if (groupEnds) {
        if (!notStrings.isEmpty()) {
          Text skipped = buffer.drop(startPos).take(ranges.get(0).pos() - startPos);
          if (checkNot(skipped, notStrings)) {
            return NOT_FOUND;
          }
          notStrings.clear();
        }
        startPos = ranges.get(ranges.size() - 1).end();
        ranges.clear();
      }
    }
    return startPos;
  }

  private void discarded(Pattern pattern, Text buffer, Range previous) {
    List<MatchDiag> diags = session.diags();
    if (diags == null) {
      int start = buffer.start() + previous.pos();
      int end = buffer.start() + previous.end();
      session
          .input()
          .message(
              session.err(),
              start,
              DiagKind.NOTE,
              "match discarded, overlaps earlier DAG match here",
              start,
              end);
      return;
    }
    for (int k = diags.size() - 1; k >= 0 && diags.get(k).pattern() == pattern; k--) {
      diags.set(k, diags.get(k).withMatchType(MatchType.FOUND_BUT_DISCARDED));
    }
  }
}
