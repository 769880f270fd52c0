package dev.aic.text.parse;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Runs the generated ANTLR lexer over one source and fills {@link TokenChunk}s with its tokens,
 * whitespace and comments dropped, positions made file-relative. It is driven by one thread at a
 * time: the parser's own, or a {@link LexerThread}.
 */
final class ChunkLexer {
  private final SourceFile source;
  private final MlirLexer lexer;

  ChunkLexer(SourceFile source) {
    this.source = source;
    this.lexer = new MlirLexer(new StringCharStream(source.text(), source.name()));
    lexer.removeErrorListeners();
    lexer.setTokenFactory(new ReusedToken());
  }

  /** Fills {@code chunk} from the start; after the end-of-input token it is marked last. */
  void fill(TokenChunk chunk) {
    int n = 0;
    while (n < TokenChunk.CAPACITY) {
      org.antlr.v4.runtime.Token t = lexer.nextToken();
      int type = t.getType();
      if (type == MlirLexer.WHITESPACE || type == MlirLexer.LINE_COMMENT) {
        continue;
      }
      chunk.kinds[n] = type;
      chunk.lines[n] = t.getLine() + source.lineOffset();
      chunk.columns[n] = t.getCharPositionInLine() + 1;
      if (type == TokenCursor.EOF) {
        int end = source.text().length();
        chunk.starts[n] = end;
        chunk.ends[n] = end;
        chunk.count = n + 1;
        chunk.last = true;
        return;
      }
      chunk.starts[n] = t.getStartIndex();
      chunk.ends[n] = t.getStopIndex() + 1;
      n++;
    }
    chunk.count = n;
    chunk.last = false;
  }

  /** Lets the lexer fill one token object again and again; the chunk copies what it needs. */
  private static final class ReusedToken implements TokenFactory<CommonToken> {
    private final CommonToken token = new CommonToken(0);

    @Override
    public CommonToken create(
        Pair<TokenSource, CharStream> source,
        int type,
        String text,
        int channel,
        int start,
        int stop,
        int line,
        int charPositionInLine) {
      token.setType(type);
      token.setStartIndex(start);
      token.setStopIndex(stop);
      token.setLine(line);
      token.setCharPositionInLine(charPositionInLine);
      return token;
    }

    @Override
    public CommonToken create(int type, String text) {
      token.setType(type);
      return token;
    }
  }
}
