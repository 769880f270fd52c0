package dev.aic.text.diag;

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

/** The POSIX ERE translation, with REG_NEWLINE as FileCheck matches and without as -re lines do. */
class PosixRegexTest {
  private static boolean finds(String ere, String text) throws PosixRegex.Error {
    return Pattern.compile(PosixRegex.translate(ere, true).java(), PosixRegex.NEWLINE_FLAGS)
        .matcher(text)
        .find();
  }

  private static boolean matchesWhole(String ere, String text) throws PosixRegex.Error {
    return Pattern.compile(PosixRegex.translate(ere, true).java(), PosixRegex.NEWLINE_FLAGS)
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
  void matches(String ere, String text) throws PosixRegex.Error {
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
  void doesNotMatch(String ere, String text) throws PosixRegex.Error {
    assertFalse(finds(ere, text), ere + " should not match " + text);
  }

  @org.junit.jupiter.api.Test
  void newlinesOnlyMatchThemselves() throws PosixRegex.Error {
    // REG_NEWLINE: neither '.' nor a negated bracket crosses a line break.
    assertFalse(finds("a.b", "a\nb"));
    assertFalse(finds("a[^x]b", "a\nb"));
    assertTrue(finds("a\nb", "a\nb"));
    // ^ and $ match at line boundaries.
    assertTrue(finds("^b$", "a\nb\nc"));
  }

  @org.junit.jupiter.api.Test
  void withoutNewlineModeNewlinesAreOrdinary() throws PosixRegex.Error {
    // As expected-*-re lines match: '.' and negated brackets take a newline, '$' only the end.
    Pattern dot = Pattern.compile(PosixRegex.translate("a.b[^x]c$"), PosixRegex.FLAGS);
    assertTrue(dot.matcher("a\nb\nc").find());
    assertFalse(
        Pattern.compile(PosixRegex.translate("a$"), PosixRegex.FLAGS).matcher("a\nb").find());
  }

  @org.junit.jupiter.api.Test
  void countsGroupsAndAlternation() throws PosixRegex.Error {
    PosixRegex.Translation t = PosixRegex.translate("(a(b))|(c)", true);
    assertEquals(3, t.groups());
    assertTrue(t.alternation());
    assertFalse(PosixRegex.translate("(ab)+", true).alternation());
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
    PosixRegex.Error error =
        assertThrows(PosixRegex.Error.class, () -> PosixRegex.translate(ere, true));
    assertEquals(message, error.getMessage());
  }

  @Property(tries = 200, seed = "7")
  void anEscapedStringMatchesExactlyItself(@ForAll("texts") String text) throws PosixRegex.Error {
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
