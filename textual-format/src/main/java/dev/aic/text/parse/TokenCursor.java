package dev.aic.text.parse;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import java.util.ArrayDeque;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Pulls tokens from the generated ANTLR lexer on demand, with lookahead and push-back. Tokens are
 * not kept once consumed, so memory does not grow with the input. Push-back lets the parser split a
 * token, as dimension lists need ({@code 4x8xf32} lexes as {@code 4} and {@code x8xf32}).
 */
public final class TokenCursor {
  /** The kind of the token after the last one. */
  public static final int EOF = org.antlr.v4.runtime.Token.EOF;

  private final SourceFile source;
  private final MlirLexer lexer;
  private final ArrayDeque<Token> lookahead = new ArrayDeque<>();
  private Token last;

  /** A cursor at the start of {@code source}. */
  public TokenCursor(SourceFile source) {
    this.source = source;
    this.lexer = new MlirLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    lexer.setTokenFactory(new ReusedToken());
  }

  /** The source being read. */
  public SourceFile source() {
    return source;
  }

  /** The next token, not consumed. */
  public Token peek() {
    if (lookahead.isEmpty()) {
      lookahead.addLast(lex());
    }
    return lookahead.peekFirst();
  }

  /** The token {@code k} places ahead (0 is {@link #peek()}), not consumed. */
  public Token peek(int k) {
    while (lookahead.size() <= k) {
      lookahead.addLast(lex());
    }
    int i = 0;
    for (Token token : lookahead) {
      if (i++ == k) {
        return token;
      }
    }
    throw new AssertionError("lookahead of " + k + " not filled");
  }

  /** Whether the next token has kind {@code kind}. */
  public boolean at(int kind) {
    return peek().kind() == kind;
  }

  /** Consumes and returns the next token. */
  public Token next() {
    Token token = lookahead.isEmpty() ? lex() : lookahead.pollFirst();
    last = token;
    return token;
  }

  /** The token consumed last, or {@code null} before the first. */
  public Token last() {
    return last;
  }

  /** Makes {@code token} the next one again (or a synthetic one carved out of a real token). */
  public void pushBack(Token token) {
    lookahead.addFirst(token);
  }

  /** The text of a token. */
  public String text(Token token) {
    return source.slice(token.start(), token.end());
  }

  private Token lex() {
    org.antlr.v4.runtime.Token t = lexer.nextToken();
    int line = t.getLine() + source.lineOffset();
    if (t.getType() == EOF) {
      int end = source.text().length();
      return new Token(EOF, end, end, line, t.getCharPositionInLine() + 1);
    }
    return new Token(
        t.getType(), t.getStartIndex(), t.getStopIndex() + 1, line, t.getCharPositionInLine() + 1);
  }

  /** Lets the lexer fill one token object again and again; the cursor copies what it needs. */
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
