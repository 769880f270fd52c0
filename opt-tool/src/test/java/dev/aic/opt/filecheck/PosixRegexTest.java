package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The POSIX ERE to java.util.regex translation that FileCheck's {{...}} blocks go through. */
class PosixRegexTest {
  private static boolean finds(String ere, String text) throws PosixRegex.SyntaxError {
    return Pattern.compile(PosixRegex.translate(ere).java(), PosixRegex.NEWLINE_FLAGS)
        .matcher(text)
        .find();
  }

  private static boolean matchesWhole(String ere, String text) throws PosixRegex.SyntaxError {
    return Pattern.compile(PosixRegex.translate(ere).java(), PosixRegex.NEWLINE_FLAGS)
        .matcher(text)
        .matches();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '`',
      value = {
        "[0-9]+`x 42 y",
        "a|b`b",
        "[[:alpha:]_]+`my_Class",
        "a{2,3}`aaa",
        "x{`x{",
        "[]a]`]",
        "[a-]`-",
        "\\d`d",
        "[\\d]`\\",
        "(a)\\1`aa",
        "a}`a}",
      })
  void matches(String ere, String text) throws PosixRegex.SyntaxError {
    assertTrue(finds(ere, text), ere + " should find a match in " + text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '`',
      value = {
        "\\d`9",
        "a{2,3}`a",
        "[^a]`a",
        "^b`ab",
      })
  void doesNotMatch(String ere, String text) throws PosixRegex.SyntaxError {
    assertFalse(finds(ere, text), ere + " should not match " + text);
  }

  @org.junit.jupiter.api.Test
  void newlinesOnlyMatchThemselves() throws PosixRegex.SyntaxError {
    // REG_NEWLINE: neither '.' nor a negated bracket crosses a line break.
    assertFalse(finds("a.b", "a\nb"));
    assertFalse(finds("a[^x]b", "a\nb"));
    assertTrue(finds("a\nb", "a\nb"));
    // ^ and $ match at line boundaries.
    assertTrue(finds("^b$", "a\nb\nc"));
  }

  @org.junit.jupiter.api.Test
  void countsGroupsAndAlternation() throws PosixRegex.SyntaxError {
    PosixRegex.Translation t = PosixRegex.translate("(a(b))|(c)");
    assertEquals(3, t.groups());
    assertTrue(t.alternation());
    assertFalse(PosixRegex.translate("(ab)+").alternation());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '`',
      value = {
        "a(b`parentheses not balanced",
        "a)`parentheses not balanced",
        "*x`repetition-operator operand invalid",
        "a**`repetition-operator operand invalid",
        "^*`repetition-operator operand invalid",
        "a|`empty (sub)expression",
        "[ab`brackets ([ ]) not balanced",
        "[b-a]`invalid character range",
        "[[:foo:]]`invalid character class",
        "a{3,2}`invalid repetition count(s)",
        "a{1`braces not balanced",
        "a{256}`invalid repetition count(s)",
        "\\1`invalid backreference number",
        "a\\`trailing backslash (\\)",
      })
  void rejectsWithRegcompsMessage(String ere, String message) {
    PosixRegex.SyntaxError error =
        assertThrows(PosixRegex.SyntaxError.class, () -> PosixRegex.translate(ere));
    assertEquals(message, error.getMessage());
  }

  @Property(tries = 200, seed = "7")
  void anEscapedStringMatchesExactlyItself(@ForAll("texts") String text)
      throws PosixRegex.SyntaxError {
    if (text.isEmpty()) {
      return;
    }
    assertTrue(matchesWhole(PosixRegex.escape(text), text));
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("ab()^$|*+?.[]\\{}-: ").ofMaxLength(12);
  }
}
