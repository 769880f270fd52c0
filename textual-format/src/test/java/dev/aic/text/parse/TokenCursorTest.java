package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.text.SourceFile;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cursor reads tokens from a chunk it refills, and moves them into a ring for lookahead across
 * a chunk's end and for push-back: whichever way a token is reached, it must be the lexer's, and
 * the end of input repeats.
 */
class TokenCursorTest {
  @Property(tries = 40)
  void lookaheadAndPushBackAgreeWithNext(
      @ForAll("sources") String text, @ForAll("steps") List<Integer> steps) {
    SourceFile source = new SourceFile("in.mlir", text);
    List<Token> lexed = ChunkLexerTest.byChunkLexer(source);
    TokenCursor cursor = new TokenCursor(source);
    int at = 0;
    for (int step : steps) {
      int ahead = Math.min(step, 20);
      assertEquals(lexed.get(at).start(), cursor.nextStart());
      Token expected = lexed.get(Math.min(at + ahead, lexed.size() - 1));
      assertEquals(expected, cursor.peek(ahead));
      assertEquals(expected.kind(), cursor.peekKind(ahead));
      assertEquals(expected.start(), cursor.peekStart(ahead));
      assertEquals(expected.end(), cursor.peekEnd(ahead));
      if (step % 3 == 0 && at < lexed.size() - 1) {
        Token taken = cursor.next();
        cursor.pushBack(taken);
      }
      for (int i = Math.min(step, lexed.size() - 1 - at); i > 0; i--) {
        cursor.skip();
      }
      at = Math.min(at + step, lexed.size() - 1);
      assertEquals(lexed.get(at), cursor.peek());
    }
  }

  @Property(tries = 40)
  void nextGivesTheLexersTokensAndNextStartFindsThemBeforeTheyAreLexed(
      @ForAll("sources") String text) {
    // Chunks end after '<' and ':', so the token after one of those is not lexed yet.
    SourceFile source = new SourceFile("in.mlir", text);
    List<Token> lexed = ChunkLexerTest.byChunkLexer(source);
    TokenCursor cursor = new TokenCursor(source);
    for (Token token : lexed) {
      assertEquals(token.start(), cursor.nextStart());
      assertEquals(token, cursor.next());
    }
    assertEquals(lexed.get(lexed.size() - 1), cursor.next());
  }

  @Provide
  Arbitrary<String> sources() {
    // Long enough to span several chunks (which also end after each '<' and ':').
    return ChunkLexerTest.pieces()
        .list()
        .ofMaxSize(TokenChunk.CAPACITY * 3)
        .map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 5000).list().ofMaxSize(30);
  }
}
