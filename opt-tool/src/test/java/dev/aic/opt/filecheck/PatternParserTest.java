package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Check patterns: how they match and which variables they define. */
class PatternParserTest {
  private final PatternContext context = new PatternContext();
  private final StringBuilder err = new StringBuilder();
  private int line;

  private static FileCheckRequest request(boolean fullLines) {
    return new FileCheckRequest(
        List.of(), List.of(), List.of(), List.of(), false, false, fullLines, false, false, false,
        false, false, false);
  }

  private Pattern parse(String pattern, boolean fullLines) throws CheckFileError {
    if (line == 0) {
      context.createLineVariable();
    }
    line++;
    Source check = new Source("check", pattern);
    return new PatternParser(
            CheckType.of(CheckKind.PLAIN), context, line, request(fullLines), err, 0)
        .parse(new Text(check, 0, pattern.length()), "CHECK");
  }

  private static Text input(String text) {
    return new Text(new Source("input", text), 0, text.length());
  }

  @Test
  void fixedTextIsFoundAnywhere() throws CheckFileError {
    Pattern.MatchResult result = parse("b+c", false).match(input("a b+c"));
    assertEquals(2, result.pos());
    assertEquals(3, result.length());
  }

  @Test
  void alternationTakesTheLongestMatchAtTheLeftmostStart() throws CheckFileError {
    // POSIX picks "ab" where Java's leftmost-first order would stop at "a".
    Pattern.MatchResult result = parse("x{{a|ab}}", false).match(input("-xab-"));
    assertEquals(1, result.pos());
    assertEquals(3, result.length());
  }

  @Test
  void stringVariablesAreCapturedAndBackReferenced() throws CheckFileError {
    Pattern pattern = parse("[[V:[a-z]+]]=[[V]]", false);
    assertTrue(pattern.match(input("ab=ab")).found());
    assertEquals("ab", context.stringValue("V").toString());
    assertFalse(pattern.match(input("ab=cd")).found());
  }

  @Test
  void laterUsesSubstituteTheValue() throws CheckFileError {
    parse("def [[V:[a-z]+]]", false).match(input("def xy"));
    Pattern use = parse("use [[V]].", false);
    assertTrue(use.match(input("use xy.")).found());
    assertFalse(use.match(input("use xyz")).found());
  }

  @Test
  void numericDefinitionsCaptureTheirValue() throws CheckFileError {
    parse("n=[[#%x,N:]]", false).match(input("n=1f"));
    Pattern next = parse("next [[#N+1]]", false);
    assertTrue(next.match(input("next 20")).found());
  }

  @Test
  void undefinedVariablesAreMatchErrors() throws CheckFileError {
    Pattern.MatchResult result = parse("[[NOPE]]", false).match(input("x"));
    assertFalse(result.found());
    assertEquals("undefined variable: NOPE", result.error().errors().get(0).message());
  }

  @Test
  void repeatedGroupsMatchOnVeryLongLines() throws CheckFileError {
    // java.util.regex recurses once per repetition; such a line overflows a default stack.
    String line = "x" + "ab".repeat(50_000) + "y\n";
    Pattern.MatchResult result = parse("x{{(a|b)*}}y", false).match(input(line));
    assertEquals(0, result.pos());
    assertEquals(line.length() - 1, result.length());
  }

  @Test
  void fullLinesAnchorThePattern() throws CheckFileError {
    Pattern pattern = parse("b c", true);
    assertTrue(pattern.match(input("a\n b c \n")).found());
    assertFalse(pattern.match(input("a b c\n")).found());
  }

  @Test
  void anInvalidRegexIsReportedAtIt() {
    try {
      parse("x {{a(}}", false);
    } catch (CheckFileError e) {
      assertEquals(2, e.status());
    }
    assertEquals(
        "check:1:5: error: invalid regex: parentheses not balanced\nx {{a(}}\n    ^\n",
        err.toString());
  }
}
