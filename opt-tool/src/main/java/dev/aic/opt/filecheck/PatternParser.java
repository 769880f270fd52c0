package dev.aic.opt.filecheck;

import dev.aic.text.diag.PosixRegex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one directive's text into a {@link Pattern}, as LLVM's {@code Pattern::parsePattern}:
 * fixed text is escaped into a POSIX regex, {@code {{...}}} is spliced in, {@code [[VAR:re]]} and
 * {@code [[#VAR:]]} become capture groups, and uses become substitutions or back-references.
 */
final class PatternParser {
  /** Back-references beyond this many groups are refused, as LLVM's regex supports no more. */
  private static final int BACKREF_LIMIT = 20;

  private final CheckType type;
  private final PatternContext context;
  private final Integer line;
  private final FileCheckRequest request;
  private final StringBuilder err;
  private final int implicitIndex;

  private final StringBuilder regex = new StringBuilder();
  private final List<Substitution> substitutions = new ArrayList<>();
  private final Map<String, Integer> stringDefinitions = new LinkedHashMap<>();
  private final Map<String, Pattern.NumericDefinition> numericDefinitions = new LinkedHashMap<>();
  private int currentGroup = 1;

  PatternParser(
      CheckType type,
      PatternContext context,
      Integer line,
      FileCheckRequest request,
      StringBuilder err,
      int implicitIndex) {
    this.type = type;
    this.context = context;
    this.line = line;
    this.request = request;
    this.err = err;
    this.implicitIndex = implicitIndex;
  }

  private Pattern build(Text loc, String fixed, String ere) {
    return new Pattern(
        type,
        context,
        line,
        loc,
        implicitIndex,
        fixed,
        ere,
        List.copyOf(substitutions),
        Map.copyOf(stringDefinitions),
        Map.copyOf(numericDefinitions),
        request.ignoreCase());
  }

  /** Parses {@code text}, the directive's pattern; prints any error and throws. */
  Pattern parse(Text text, String prefix) throws CheckFileError {
    boolean fullLines = request.matchFullLines() && !type.is(CheckKind.NOT);
    Text loc = text.take(0);
    Text pattern = text.copy();
    if (!(request.strictWhitespace() && request.matchFullLines())) {
      pattern.trimEnd();
    }
    if (pattern.isEmpty() && !type.is(CheckKind.EMPTY)) {
      loc.error(err, "found empty check string with prefix '" + prefix + ":'");
      throw new CheckFileError(2);
    }
    if (!pattern.isEmpty() && type.is(CheckKind.EMPTY)) {
      loc.error(err, "found non-empty check string for empty check with prefix '" + prefix + ":'");
      throw new CheckFileError(2);
    }
    if (type.is(CheckKind.EMPTY)) {
      return build(loc, null, "(\n$)");
    }
    if (type.literal()) {
      return build(loc, pattern.toString(), null);
    }
    if (!fullLines && (pattern.size() < 2 || (pattern.find("{{") < 0 && pattern.find("[[") < 0))) {
      return build(loc, pattern.toString(), null);
    }
    if (fullLines) {
      regex.append('^');
      if (!request.strictWhitespace()) {
        regex.append(" *");
      }
    }
    while (!pattern.isEmpty()) {
      if (pattern.startsWith("{{")) {
        regexBlock(pattern);
        continue;
      }
      if (pattern.startsWith("[[") && !pattern.startsWith("[[[")) {
        substitutionBlock(pattern);
        continue;
      }
      int fixedEnd = minIndex(pattern.find("{{", 1), pattern.find("[[", 1));
      Text fixedPart = fixedEnd < 0 ? pattern.copy() : pattern.take(fixedEnd);
      regex.append(PosixRegex.escape(fixedPart.toString()));
      pattern.advance(fixedPart.size());
    }
    if (fullLines) {
      if (!request.strictWhitespace()) {
        regex.append(" *");
      }
      regex.append('$');
    }
    return build(loc, null, regex.toString());
  }

  private static int minIndex(int a, int b) {
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  private void regexBlock(Text pattern) throws CheckFileError {
    int end = pattern.find("}}");
    if (end < 0) {
      pattern.take(0).error(err, "found start of regex string with no end '}}'");
      throw new CheckFileError(2);
    }
    // Keep "abc{{x|z}}def" from meaning "abcx|zdef". LLVM looks for '|' in the whole rest.
    boolean alternation = pattern.find("|") >= 0;
    if (alternation) {
      regex.append('(');
      currentGroup++;
    }
    addRegex(pattern.drop(2).take(end - 2));
    if (alternation) {
      regex.append(')');
    }
    pattern.advance(end + 2);
  }

  private void addRegex(Text piece) throws CheckFileError {
    try {
      PosixRegex.Translation translation = PosixRegex.translate(piece.toString(), true);
      regex.append(piece);
      currentGroup += translation.groups();
    } catch (PosixRegex.Error e) {
      piece.take(0).error(err, "invalid regex: " + e.getMessage());
      throw new CheckFileError(2);
    }
  }

  /** Finds the {@code ]]} that closes a substitution block, skipping nested brackets. */
  private int findBlockEnd(Text str) throws CheckFileError {
    int offset = 0;
    int depth = 0;
    while (offset < str.size()) {
      if (depth == 0 && str.drop(offset).startsWith("]]")) {
        return offset;
      }
      char c = str.at(offset);
      if (c == '\\') {
        offset += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        if (depth == 0) {
          str.drop(offset).take(0).error(err, "missing closing \"]\" for regex variable");
          throw new CheckFileError(1);
        }
        depth--;
      }
      offset++;
    }
    return -1;
  }

  private void substitutionBlock(Text pattern) throws CheckFileError {
    Text unparsed = pattern.drop(2);
    int end = findBlockEnd(unparsed);
    Text match = end < 0 ? unparsed.copy() : unparsed.take(end);
    boolean numeric = match.consume("#");
    if (end < 0) {
      pattern.take(0).error(err, "Invalid substitution block, no ]] found");
      throw new CheckFileError(2);
    }
    pattern.advance(2 + end + 2);

    boolean definition = false;
    boolean substitute = false;
    boolean legacyLine = false;
    String definedName = null;
    Text substituted = null;
    Text matchRegex = null;
    int insertAt = regex.length();

    if (!numeric) {
      int colon = match.find(":");
      Text name = colon < 0 ? match : match.take(colon);
      int space = name.findFirstOf(Text.SPACES);
      if (space >= 0) {
        match.drop(space).take(0).error(err, "unexpected whitespace");
        throw new CheckFileError(2);
      }
      Text original = match.copy();
      ExpressionParser.Variable variable = parseVariable(match);
      String key = variable.name().toString();
      definition = colon >= 0;
      substitute = !definition;
      if (definition) {
        if (variable.pseudo() || !match.consume(":")) {
          variable.name().take(0).error(err, "invalid name in string variable definition");
          throw new CheckFileError(2);
        }
        if (context.hasNumericVariable(key)) {
          variable
              .name()
              .take(0)
              .error(err, "numeric variable with name '" + key + "' already exists");
          throw new CheckFileError(2);
        }
        definedName = key;
        matchRegex = match;
      } else if (variable.pseudo()) {
        match = original;
        legacyLine = true;
        numeric = true;
      } else {
        if (!match.isEmpty()) {
          variable.name().take(0).error(err, "invalid name in string variable use");
          throw new CheckFileError(2);
        }
        substituted = variable.name();
      }
    }

    ExpressionParser.Block block = null;
    if (numeric) {
      try {
        block = new ExpressionParser(context, line).parseBlock(match.copy(), legacyLine);
      } catch (PatternError e) {
        e.print(err, true);
        throw new CheckFileError(2);
      }
      substitute = block.expression() != null;
      if (block.defined() != null) {
        definition = true;
        definedName = block.defined().name();
      }
      if (substitute) {
        substituted = match;
      } else {
        String wildcard = block.format().wildcardRegex();
        matchRegex = new Text(new Source("", wildcard), 0, wildcard.length());
      }
    }

    if (definition) {
      regex.append('(');
      insertAt++;
      if (numeric) {
        numericDefinitions.put(
            definedName, new Pattern.NumericDefinition(block.defined(), currentGroup));
        context.putNumericVariable(definedName, block.defined());
      } else {
        stringDefinitions.put(definedName, currentGroup);
        context.markStringVariableDefined(definedName);
      }
      currentGroup++;
    }
    if (matchRegex != null && !matchRegex.isEmpty()) {
      addRegex(matchRegex);
    }
    if (definition) {
      regex.append(')');
    }
    if (substitute) {
      Integer group = numeric ? null : stringDefinitions.get(substituted.toString());
      if (group != null) {
        if (group < 1 || group > BACKREF_LIMIT) {
          substituted
              .take(0)
              .error(err, "Can't back-reference more than " + BACKREF_LIMIT + " variables");
          throw new CheckFileError(2);
        }
        regex.append(group <= 9 ? "\\" + group : "\\g{" + group + "}");
      } else if (numeric) {
        substitutions.add(
            new Substitution.Numeric(substituted, insertAt, block.expression(), block.format()));
      } else {
        substitutions.add(new Substitution.Str(substituted, insertAt, context));
      }
    }
  }

  private ExpressionParser.Variable parseVariable(Text match) throws CheckFileError {
    try {
      return ExpressionParser.parseVariable(match);
    } catch (PatternError e) {
      e.print(err, true);
      throw new CheckFileError(2);
    }
  }
}
