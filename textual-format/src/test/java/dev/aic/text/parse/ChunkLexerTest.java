package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The chunk lexer walks ANTLR's cached DFA itself; it must find exactly the tokens, positions,
 * lines and columns that the generated lexer finds when ANTLR drives it.
 */
class ChunkLexerTest {
  @Property(tries = 300)
  void walkingTheCachedDfaLexesAsAntlrDoes(
      @ForAll("sources") String text, @ForAll("offsets") int lineOffset) {
    SourceFile source = new SourceFile("in.mlir", text, lineOffset);
    assertEquals(byAntlr(source), byChunkLexer(source));
  }

  @Test
  void aClearedDfaIsRebuiltAndUsedAgain() {
    SourceFile source = new SourceFile("in.mlir", "%0 = \"t.op\"(%a) : (i32) -> f32 // c\n");
    new MlirLexer(null).getInterpreter().clearDFA();
    assertEquals(byAntlr(source), byChunkLexer(source));
    assertEquals(byAntlr(source), byChunkLexer(source));
    assertTrue(new MlirLexer(null).getInterpreter().decisionToDFA[0].s0 != null);
  }

  @Provide
  Arbitrary<String> sources() {
    return pieces().list().ofMaxSize(200).map(list -> String.join("", list));
  }

  /** Pieces of MLIR text, tokens and near-tokens, and any character, to join into sources. */
  static Arbitrary<String> pieces() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "%0",
            "%arg1",
            "%x#2",
            " ",
            "\n",
            "\t",
            "\r",
            "\r\n",
            "\"s\\\"tr\"",
            "\"open",
            "\"\\",
            "^bb0",
            "#map",
            "#-}",
            "{-#",
            "!t",
            "@f",
            "@\"q\"",
            "12",
            "1.",
            "1.5e3",
            "2e",
            "0x1F",
            "0x",
            "i32",
            "->",
            "-",
            "...",
            "..",
            "::",
            ":",
            "(",
            ")",
            "{",
            "}",
            "<",
            ">",
            "x",
            "a.b$c",
            "// note\n",
            "//",
            "$",
            "\u00e9",
            "\"\u00e9\"",
            "\ud83d\ude00",
            "\u0000",
            "\"builtin.module\""),
        Arbitraries.chars().map(String::valueOf));
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.of(0, 7);
  }

  /** Every token up to and including the end of input, as the chunk lexer fills its chunks. */
  static List<Token> byChunkLexer(SourceFile source) {
    ChunkLexer lexer = new ChunkLexer(source);
    TokenChunk chunk = new TokenChunk();
    List<Token> tokens = new ArrayList<>();
    do {
      lexer.fill(chunk);
      for (int i = 0; i < chunk.count; i++) {
        tokens.add(
            new Token(
                chunk.kinds[i], chunk.starts[i], chunk.ends[i], chunk.lines[i], chunk.columns[i]));
      }
    } while (!chunk.last);
    return tokens;
  }

  /** The same, by ANTLR's own simulator, whitespace and comments dropped. */
  private static List<Token> byAntlr(SourceFile source) {
    MlirLexer lexer = new MlirLexer(new StringCharStream(source.text(), source.name()));
    lexer.removeErrorListeners();
    List<Token> tokens = new ArrayList<>();
    org.antlr.v4.runtime.Token token;
    do {
      token = lexer.nextToken();
      int kind = token.getType();
      if (kind == MlirLexer.WHITESPACE || kind == MlirLexer.LINE_COMMENT) {
        continue;
      }
      int end = kind == TokenCursor.EOF ? source.text().length() : token.getStopIndex() + 1;
      tokens.add(
          new Token(
              kind,
              token.getStartIndex(),
              end,
              token.getLine() + source.lineOffset(),
              token.getCharPositionInLine() + 1));
    } while (token.getType() != TokenCursor.EOF);
    return tokens;
  }
}
