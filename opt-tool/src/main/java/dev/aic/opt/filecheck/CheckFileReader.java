package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads a check file into {@link CheckString}s, as LLVM's {@code FileCheck::readCheckFile}: finds
 * each directive by prefix, parses its pattern, groups {@code CHECK-DAG}/{@code -NOT}s with the
 * next positive directive, and reports unused prefixes.
 */
final class CheckFileReader {
  private static final List<String> DEFAULT_CHECK_PREFIXES = List.of("CHECK");
  private static final List<String> DEFAULT_COMMENT_PREFIXES = List.of("COM", "RUN");
  private static final String IMPLICIT_PREFIX = "IMPLICIT-CHECK";

  private final FileCheckRequest request;
  private final PatternContext context;
  private final StringBuilder err;
  private final List<String> checkPrefixes;
  private final List<String> commentPrefixes;

  CheckFileReader(FileCheckRequest request, PatternContext context, StringBuilder err) {
    this.request = request;
    this.context = context;
    this.err = err;
    this.checkPrefixes =
        request.checkPrefixes().isEmpty() ? DEFAULT_CHECK_PREFIXES : request.checkPrefixes();
    this.commentPrefixes =
        request.commentPrefixes().isEmpty() ? DEFAULT_COMMENT_PREFIXES : request.commentPrefixes();
  }

  /** A directive found in the check file: its prefix and type, and the text after its colon. */
  private record Directive(int prefixStart, String prefix, CheckType type, int afterSuffix) {}

  /** Reads {@code checkFile}; prints what is wrong and throws if it cannot be used. */
  List<CheckString> read(Source checkFile) throws CheckFileError {
    try {
      new GlobalDefines(context).define(request.globalDefines());
    } catch (PatternError e) {
      e.print(err, true);
      throw new CheckFileError(2);
    }
    context.createLineVariable();
    List<CheckString.DagNot> implicitNots = implicitNegativeChecks();
    List<CheckString.DagNot> dagNots = new ArrayList<>(implicitNots);
    List<CheckString> checks = new ArrayList<>();
    TreeSet<String> notFound = new TreeSet<>(checkPrefixes);
    int distinctPrefixes = notFound.size();
    PrefixFinder finder = new PrefixFinder(checkFile.text());
    String text = checkFile.text();
    int buffer = 0;
    int lineNumber = 1;
    while (true) {
      Directive directive = finder.next(buffer);
      if (directive == null) {
        break;
      }
      lineNumber += countNewlines(text, buffer, directive.prefixStart());
      CheckType type = directive.type();
      String prefix = directive.prefix();
      if (!type.is(CheckKind.COMMENT)) {
        notFound.remove(prefix);
      }
      buffer = directive.afterSuffix();
      Text at = new Text(checkFile, buffer, buffer);
      switch (type.kind()) {
        case MISSPELLED -> {
          new Text(checkFile, directive.prefixStart(), directive.prefixStart())
              .error(
                  err,
                  "misspelled directive '"
                      + text.substring(directive.prefixStart(), directive.afterSuffix())
                      + "'");
          throw new CheckFileError(2);
        }
        case BAD_NOT -> {
          at.error(err, "unsupported -NOT combo on prefix '" + prefix + "'");
          throw new CheckFileError(2);
        }
        case BAD_COUNT -> {
          at.error(err, "invalid count in -COUNT specification on prefix '" + prefix + "'");
          throw new CheckFileError(2);
        }
        default -> {}
      }
      if (!(request.strictWhitespace() && request.matchFullLines())) {
        while (buffer < text.length()
            && (text.charAt(buffer) == ' ' || text.charAt(buffer) == '\t')) {
          buffer++;
        }
      }
      int eol = buffer;
      while (eol < text.length() && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      Text patternText = new Text(checkFile, buffer, eol);
      buffer = eol;
      if (type.is(CheckKind.COMMENT)) {
        continue;
      }
      Pattern pattern =
          new PatternParser(type, context, lineNumber, request, err, 0).parse(patternText, prefix);
      Text prefixAt = new Text(checkFile, directive.prefixStart(), directive.prefixStart());
      if (type.is(CheckKind.LABEL) && pattern.hasVariable()) {
        prefixAt.error(err, "found '" + prefix + "-LABEL:' with variable definition or use");
        throw new CheckFileError(2);
      }
      if ((type.is(CheckKind.NEXT) || type.is(CheckKind.SAME) || type.is(CheckKind.EMPTY))
          && checks.isEmpty()) {
        String name =
            type.is(CheckKind.NEXT) ? "NEXT" : type.is(CheckKind.EMPTY) ? "EMPTY" : "SAME";
        prefixAt.error(
            err, "found '" + prefix + "-" + name + "' without previous '" + prefix + ": line");
        throw new CheckFileError(2);
      }
      if (type.is(CheckKind.DAG) || type.is(CheckKind.NOT)) {
        dagNots.add(new CheckString.DagNot(pattern, prefix));
        continue;
      }
      checks.add(new CheckString(pattern, prefix, List.copyOf(dagNots)));
      dagNots = new ArrayList<>(implicitNots);
    }
    boolean noneFound = notFound.size() == distinctPrefixes;
    boolean someUnused = !request.allowUnusedPrefixes() && !notFound.isEmpty();
    if ((noneFound || someUnused)
        && (implicitNots.isEmpty() || !request.checkPrefixes().isEmpty())) {
      err.append("error: no check strings found with prefix")
          .append(notFound.size() > 1 ? "es " : " ");
      err.append(String.join(", ", notFound.stream().map(p -> "'" + p + ":'").toList()));
      err.append('\n');
      throw new CheckFileError(2);
    }
    if (!dagNots.isEmpty()) {
      Text end = new Text(checkFile, buffer, buffer);
      checks.add(
          new CheckString(
              Pattern.endOfFile(context, lineNumber + 1, end),
              checkPrefixes.get(0),
              List.copyOf(dagNots)));
    }
    return checks;
  }

  private static int countNewlines(String text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        count++;
      }
    }
    return count;
  }

  /** Parses each {@code --implicit-check-not} in its own "command line" buffer. */
  private List<CheckString.DagNot> implicitNegativeChecks() throws CheckFileError {
    List<CheckString.DagNot> nots = new ArrayList<>();
    int index = 0;
    for (String patternString : request.implicitCheckNot()) {
      index++;
      String prefix = "-implicit-check-not='";
      Source commandLine = new Source("command line", prefix + patternString + "'");
      Text text = new Text(commandLine, prefix.length(), prefix.length() + patternString.length());
      try {
        Pattern pattern =
            new PatternParser(CheckType.of(CheckKind.NOT), context, null, request, err, index)
                .parse(text, IMPLICIT_PREFIX);
        nots.add(new CheckString.DagNot(pattern, IMPLICIT_PREFIX));
      } catch (CheckFileError e) {
        // LLVM reports a bad implicit pattern but goes on; such a pattern never matches.
        if (e.status() == 1) {
          throw e;
        }
      }
    }
    return nots;
  }

  /**
   * Finds the next directive: the earliest occurrence of any prefix (the longest on a tie) that is
   * not the tail of a longer word and is followed by a valid directive suffix.
   */
  private final class PrefixFinder {
    private final String text;
    private final List<String> prefixes = new ArrayList<>();
    private final int[] nextAt;

    PrefixFinder(String text) {
      this.text = text;
      prefixes.addAll(checkPrefixes);
      prefixes.addAll(commentPrefixes);
      prefixes.sort(Comparator.comparingInt(String::length).reversed());
      nextAt = new int[prefixes.size()];
      for (int i = 0; i < nextAt.length; i++) {
        nextAt[i] = text.indexOf(prefixes.get(i));
      }
    }

    Directive next(int from) {
      int buffer = from;
      while (buffer < text.length()) {
        int best = -1;
        for (int i = 0; i < nextAt.length; i++) {
          if (nextAt[i] >= 0 && nextAt[i] < buffer) {
            nextAt[i] = text.indexOf(prefixes.get(i), buffer);
          }
          if (nextAt[i] >= 0 && (best < 0 || nextAt[i] < nextAt[best])) {
            best = i;
          }
        }
        if (best < 0) {
          return null;
        }
        String prefix = prefixes.get(best);
        int loc = nextAt[best];
        if (loc == buffer || !isPartOfWord(text.charAt(loc - 1))) {
          Directive directive = DirectiveSyntax.parse(text, loc, prefix, commentPrefixes);
          if (directive != null) {
            return directive;
          }
        }
        int end = loc + prefix.length();
        while (end < text.length() && isPartOfWord(text.charAt(end))) {
          end++;
        }
        buffer = end;
      }
      return null;
    }
  }

  static boolean isPartOfWord(char c) {
    return ExpressionParser.isWordChar(c) || c == '-';
  }

  /**
   * The syntax after a prefix: {@code :}, {@code -NEXT:}, {@code -COUNT-3:}, {@code {LITERAL}:}.
   */
  private static final class DirectiveSyntax {
    private DirectiveSyntax() {}

    static Directive parse(String text, int loc, String prefix, List<String> commentPrefixes) {
      int rest = loc + prefix.length();
      if (rest >= text.length()) {
        return null;
      }
      if (commentPrefixes.contains(prefix)) {
        return text.charAt(rest) == ':'
            ? new Directive(loc, prefix, CheckType.of(CheckKind.COMMENT), rest + 1)
            : null;
      }
      if (text.charAt(rest) == ':') {
        return new Directive(loc, prefix, CheckType.of(CheckKind.PLAIN), rest + 1);
      }
      if (text.charAt(rest) == '{') {
        return modifiers(text, loc, prefix, CheckType.of(CheckKind.PLAIN), rest, false);
      }
      boolean misspelled = text.charAt(rest) == '_';
      if (!misspelled && text.charAt(rest) != '-') {
        return null;
      }
      rest++;
      if (text.startsWith("COUNT-", rest)) {
        return count(text, loc, prefix, rest + 6, misspelled);
      }
      for (String combo :
          List.of(
              "DAG-NOT:",
              "NOT-DAG:",
              "NEXT-NOT:",
              "NOT-NEXT:",
              "SAME-NOT:",
              "NOT-SAME:",
              "EMPTY-NOT:",
              "NOT-EMPTY:")) {
        if (text.startsWith(combo, rest)) {
          return new Directive(loc, prefix, CheckType.of(CheckKind.BAD_NOT), rest);
        }
      }
      for (CheckKind kind :
          List.of(
              CheckKind.NEXT,
              CheckKind.SAME,
              CheckKind.NOT,
              CheckKind.DAG,
              CheckKind.LABEL,
              CheckKind.EMPTY)) {
        String name = kind.suffix().substring(1);
        if (text.startsWith(name, rest)) {
          return modifiers(text, loc, prefix, CheckType.of(kind), rest + name.length(), misspelled);
        }
      }
      return null;
    }

    private static Directive count(
        String text, int loc, String prefix, int rest, boolean misspelled) {
      int digitsStart = rest;
      int end = rest;
      if (end < text.length() && text.charAt(end) == '-') {
        end++;
      }
      int digits = end;
      while (end < text.length() && Character.isDigit(text.charAt(end)) && end - digits < 19) {
        end++;
      }
      Directive bad = new Directive(loc, prefix, CheckType.of(CheckKind.BAD_COUNT), digitsStart);
      if (end == digits) {
        return misspelledOr(bad, misspelled);
      }
      long count = Long.parseLong(text.substring(digitsStart, end));
      if (count <= 0 || count > Integer.MAX_VALUE) {
        return misspelledOr(new Directive(loc, prefix, bad.type(), end), misspelled);
      }
      if (end >= text.length() || (text.charAt(end) != ':' && text.charAt(end) != '{')) {
        return misspelledOr(new Directive(loc, prefix, bad.type(), end), misspelled);
      }
      CheckType type = new CheckType(CheckKind.PLAIN, (int) count, false);
      return modifiers(text, loc, prefix, type, end, misspelled);
    }

    private static Directive misspelledOr(Directive directive, boolean misspelled) {
      return misspelled
          ? new Directive(
              directive.prefixStart(),
              directive.prefix(),
              CheckType.of(CheckKind.MISSPELLED),
              directive.afterSuffix())
          : directive;
    }

    private static Directive modifiers(
        String text, int loc, String prefix, CheckType type, int rest, boolean misspelled) {
      if (rest < text.length() && text.charAt(rest) == ':') {
        return misspelledOr(new Directive(loc, prefix, type, rest + 1), misspelled);
      }
      if (rest >= text.length() || text.charAt(rest) != '{') {
        return null;
      }
      int at = rest + 1;
      CheckType result = type;
      while (true) {
        at = skipWhitespace(text, at);
        if (!text.startsWith("LITERAL", at)) {
          return null;
        }
        at += "LITERAL".length();
        result = result.withLiteral();
        at = skipWhitespace(text, at);
        if (at >= text.length() || text.charAt(at) != ',') {
          break;
        }
        at++;
      }
      if (!text.startsWith("}:", at)) {
        return null;
      }
      return misspelledOr(new Directive(loc, prefix, result, at + 2), misspelled);
    }

    private static int skipWhitespace(String text, int at) {
      int i = at;
      while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      return i;
    }
  }
}
