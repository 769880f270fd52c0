package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Lexing on a second thread must hand the parser exactly the tokens that lexing on its own thread
 * does, positions and the repeated end of input included, and must stop when the parse does.
 */
class TokenCursorThreadingTest {
  /** Random text across several chunks, bad characters and unterminated strings included. */
  @Property(tries = 60)
  void threadedLexingYieldsTheSameTokens(@ForAll("sources") String text) {
    SourceFile source = new SourceFile("in.mlir", text);
    assertEquals(tokens(new TokenCursor(source, false)), tokens(new TokenCursor(source, true)));
  }

  @Provide
  Arbitrary<String> sources() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "%0",
            "%arg1",
            " ",
            "\n",
            "\t",
            "\"s\\\"tr\"",
            "\"open",
            "^bb0",
            "#map",
            "!t",
            "@f",
            "12",
            "1.5e3",
            "0x1F",
            "i32",
            "->",
            "...",
            "::",
            "(",
            ")",
            "{",
            "}",
            "<",
            ">",
            "x",
            "// note\n",
            "$",
            "\u00e9",
            "\r\n",
            "\"builtin.module\"");
    return pieces
        .list()
        .ofMinSize(0)
        .ofMaxSize(TokenChunk.CAPACITY * 3)
        .map(list -> String.join("", list));
  }

  /** Every token up to and including the end of input, then the end of input once more. */
  private static List<Token> tokens(TokenCursor cursor) {
    try (cursor) {
      List<Token> tokens = new ArrayList<>();
      Token token;
      do {
        token = cursor.next();
        tokens.add(token);
      } while (token.kind() != TokenCursor.EOF);
      tokens.add(cursor.next());
      return tokens;
    }
  }

  @Test
  void closingAnUnfinishedParseStopsTheLexerThread() throws InterruptedException {
    String text = "%0 = \"test.op\"() : () -> ()\n".repeat(TokenChunk.CAPACITY * 20);
    TokenCursor cursor = new TokenCursor(new SourceFile("in.mlir", text), true);
    assertTrue(cursor.peekKind() != TokenCursor.EOF);
    cursor.close();
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (lexerThreadAlive() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(!lexerThreadAlive(), "the lexer thread still runs after close");
  }

  private static boolean lexerThreadAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("aic-lexer") && t.isAlive());
  }
}
