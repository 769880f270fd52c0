package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shell lexer against lit's own ShLexer, on chosen and on random command lines. */
class ShellLexerTest {
  private static final String LIT_LEXER =
      "import lit.ShUtil as U\n"
          + "from lit.ShCommands import GlobItem\n"
          + "def conv(t):\n"
          + "    if isinstance(t, tuple):\n"
          + "        return ['op', t[0], t[1] if len(t) > 1 else -1]\n"
          + "    if isinstance(t, GlobItem):\n"
          + "        return ['glob', t.pattern]\n"
          + "    return ['word', t]\n"
          + "result = []\n"
          + "for line in data:\n"
          + "    try:\n"
          + "        result.append([conv(t) for t in U.ShLexer(line).lex()])\n"
          + "    except Exception as e:\n"
          + "        result.append('error')\n";

  private static List<String> render(List<ShellToken> tokens) {
    List<String> out = new ArrayList<>();
    for (ShellToken t : tokens) {
      if (t instanceof ShellToken.Word w) {
        out.add((w.glob() ? "glob:" : "word:") + w.text());
      } else {
        ShellToken.Operator op = (ShellToken.Operator) t;
        out.add("op:" + op.symbol() + ":" + op.fd());
      }
    }
    return out;
  }

  private static List<String> render(JsonNode tokens) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : tokens) {
      String kind = t.get(0).asText();
      out.add(
          kind.equals("op")
              ? "op:" + t.get(1).asText() + ":" + t.get(2).asInt()
              : kind + ":" + t.get(1).asText());
    }
    return out;
  }

  private static void assertSameAsLit(List<String> lines) throws Exception {
    JsonNode expected = LitReference.run(LIT_LEXER, lines);
    for (int i = 0; i < lines.size(); i++) {
      if (expected.get(i).isTextual()) {
        continue; // lit itself fails on this input (an assertion in its lexer)
      }
      assertEquals(
          render(expected.get(i)),
          render(ShellLexer.lex(lines.get(i), new ArrayList<>())),
          "tokens of " + lines.get(i));
    }
  }

  @Test
  void chosenLinesLexAsInLit() throws Exception {
    assertSameAsLit(
        List.of(
            "echo hello | FileCheck %s",
            "not FileCheck %s < %t 2>&1 | FileCheck --check-prefix=ERR %s",
            "a 2> err &> both >> app > out < in",
            "echo 'single \"quoted\" \\n' \"double \\\"q\\\" \\\\ \\$x \\n\"",
            "echo a\\ b \\q c\\",
            "ls *.txt a?b 'x*'",
            "a&&b||c;d&e",
            "x>&2 <&0 <> 12>f",
            "echo \"unterminated",
            "FileCheck %s --check-prefix=\"A B\""));
  }

  @Test
  void randomLinesLexAsInLit() throws Exception {
    Random random = new Random(20261121);
    String alphabet = "ab12 \t'\"\\|&;<>*?-=%$";
    List<String> lines = new ArrayList<>();
    for (int n = 0; n < 2000; n++) {
      StringBuilder line = new StringBuilder();
      int length = random.nextInt(16);
      for (int i = 0; i < length; i++) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      lines.add(line.toString());
    }
    assertSameAsLit(lines);
  }
}
