package dev.aic.text.parse;

import dev.aic.text.SourceFile;

/**
 * Pulls tokens from the generated ANTLR lexer on demand, with lookahead and push-back. Tokens are
 * not kept once consumed, so memory does not grow with the input. Push-back lets the parser split a
 * token, as dimension lists need ({@code 4x8xf32} lexes as {@code 4} and {@code x8xf32}).
 *
 * <p>A large source is lexed on a second thread ({@link LexerThread}) while the parser works, so
 * the cursor must be {@linkplain #close() closed} when the parse ends, early or not.
 */
public final class TokenCursor implements AutoCloseable {
  /** The kind of the token after the last one. */
  public static final int EOF = org.antlr.v4.runtime.Token.EOF;

  /** Sources at least this long are lexed on a thread of their own; below, it is not worth one. */
  static final int THREADED_LEXING_MIN = 1 << 20;

  private final SourceFile source;
  private final TokenFeed feed;
  private TokenChunk chunk;
  private int chunkNext;
  // The lookahead, as a ring of primitive fields: most tokens are tested and skipped without ever
  // becoming a Token object.
  private int[] kinds = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int[] lines = new int[8];
  private int[] columns = new int[8];
  private int head;
  private int count;
  private int lastKind = -1;
  private int lastStart;
  private int lastEnd;
  private int lastLine;
  private int lastColumn;

  /** A cursor at the start of {@code source}. */
  public TokenCursor(SourceFile source) {
    this(source, source.text().length() >= THREADED_LEXING_MIN);
  }

  /** A cursor at the start of {@code source}, lexing on a second thread if {@code threaded}. */
  TokenCursor(SourceFile source, boolean threaded) {
    this.source = source;
    ChunkLexer lexer = new ChunkLexer(source);
    this.feed = threaded ? new LexerThread(lexer) : TokenFeed.inline(lexer);
  }

  /** Stops lexing ahead; the parse is over. */
  @Override
  public void close() {
    feed.close();
  }

  /** The source being read. */
  public SourceFile source() {
    return source;
  }

  /** The next token, not consumed. */
  public Token peek() {
    return peek(0);
  }

  /** The token {@code k} places ahead (0 is {@link #peek()}), not consumed. */
  public Token peek(int k) {
    fill(k);
    int i = slot(k);
    return new Token(kinds[i], starts[i], ends[i], lines[i], columns[i]);
  }

  /** The kind of the next token, not consumed. */
  public int peekKind() {
    fill(0);
    return kinds[head];
  }

  /** The kind of the token {@code k} places ahead, not consumed. */
  public int peekKind(int k) {
    fill(k);
    return kinds[slot(k)];
  }

  /** Whether the next token has kind {@code kind} and is spelled {@code text}. */
  public boolean at(int kind, String text) {
    fill(0);
    return kinds[head] == kind
        && ends[head] - starts[head] == text.length()
        && source.text().regionMatches(starts[head], text, 0, text.length());
  }

  /** Whether the next token has kind {@code kind}. */
  public boolean at(int kind) {
    return peekKind() == kind;
  }

  /** Consumes and returns the next token. */
  public Token next() {
    Token token = peek(0);
    skip();
    return token;
  }

  /** Consumes the next token without making a {@link Token} of it. */
  public void skip() {
    fill(0);
    lastKind = kinds[head];
    lastStart = starts[head];
    lastEnd = ends[head];
    lastLine = lines[head];
    lastColumn = columns[head];
    head = (head + 1) & (kinds.length - 1);
    count--;
  }

  /** The token consumed last, or {@code null} before the first. */
  public Token last() {
    return lastKind < 0 ? null : new Token(lastKind, lastStart, lastEnd, lastLine, lastColumn);
  }

  /** Makes {@code token} the next one again (or a synthetic one carved out of a real token). */
  public void pushBack(Token token) {
    grow();
    head = (head - 1) & (kinds.length - 1);
    count++;
    set(head, token.kind(), token.start(), token.end(), token.line(), token.column());
  }

  /** The text of a token. */
  public String text(Token token) {
    return source.slice(token.start(), token.end());
  }

  private int slot(int k) {
    return (head + k) & (kinds.length - 1);
  }

  private void fill(int k) {
    while (count <= k) {
      grow();
      lex(slot(count));
      count++;
    }
  }

  private void grow() {
    if (count < kinds.length) {
      return;
    }
    int n = kinds.length;
    int[][] arrays = {kinds, starts, ends, lines, columns};
    for (int a = 0; a < arrays.length; a++) {
      int[] bigger = new int[n * 2];
      for (int i = 0; i < count; i++) {
        bigger[i] = arrays[a][(head + i) & (n - 1)];
      }
      arrays[a] = bigger;
    }
    kinds = arrays[0];
    starts = arrays[1];
    ends = arrays[2];
    lines = arrays[3];
    columns = arrays[4];
    head = 0;
  }

  private void set(int i, int kind, int start, int end, int line, int column) {
    kinds[i] = kind;
    starts[i] = start;
    ends[i] = end;
    lines[i] = line;
    columns[i] = column;
  }

  private void lex(int i) {
    if (chunk == null || chunkNext == chunk.count) {
      if (chunk != null && chunk.last) {
        // Past the end, the end-of-input token repeats, as ANTLR's lexer does.
        chunkNext--;
      } else {
        chunk = feed.next(chunk);
        chunkNext = 0;
      }
    }
    int t = chunkNext++;
    set(i, chunk.kinds[t], chunk.starts[t], chunk.ends[t], chunk.lines[t], chunk.columns[t]);
  }
}
