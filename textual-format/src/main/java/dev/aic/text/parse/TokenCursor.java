package dev.aic.text.parse;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;

/**
 * Pulls tokens from the generated ANTLR lexer on demand, with lookahead and push-back. Tokens are
 * not kept once consumed, so memory does not grow with the input. Push-back lets the parser split a
 * token, as dimension lists need ({@code 4x8xf32} lexes as {@code 4} and {@code x8xf32}).
 *
 * <p>Tokens are lexed on the parser's thread, a chunk at a time. (A lexer thread of its own,
 * running ahead, made big inputs slower once lexing got cheap: the JIT compilers need the second
 * core while the parser runs, docs/perf.md.)
 */
public final class TokenCursor {
  /** The kind of the token after the last one. */
  public static final int EOF = org.antlr.v4.runtime.Token.EOF;

  private final SourceFile source;
  private final ChunkLexer lexer;
  // Tokens are read straight from the chunk at index next, and the chunk is filled again when
  // used up. Only tokens pushed back, or looked at ahead across the end of the chunk, go into the
  // ring below, and they come before chunk[next].
  private final TokenChunk chunk = new TokenChunk();
  private int next;
  private int[] kinds = new int[8];
  private int[] starts = new int[8];
  private int[] ends = new int[8];
  private int[] lines = new int[8];
  private int[] columns = new int[8];
  private int head;
  private int count;
  private int lastKind = -1;
  private int lastEnd;

  /** A cursor at the start of {@code source}. */
  public TokenCursor(SourceFile source) {
    this.source = source;
    this.lexer = new ChunkLexer(source);
    lexer.fill(chunk);
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
    if (inChunk(k)) {
      int t = next + k;
      TokenChunk c = chunk;
      return new Token(c.kinds[t], c.starts[t], c.ends[t], c.lines[t], c.columns[t]);
    }
    fill(k);
    int i = slot(k);
    return new Token(kinds[i], starts[i], ends[i], lines[i], columns[i]);
  }

  /** The kind of the next token, not consumed. */
  public int peekKind() {
    return peekKind(0);
  }

  /** The kind of the token {@code k} places ahead, not consumed. */
  public int peekKind(int k) {
    if (inChunk(k)) {
      return chunk.kinds[next + k];
    }
    fill(k);
    return kinds[slot(k)];
  }

  /** Where the token {@code k} places ahead starts. */
  public int peekStart(int k) {
    if (inChunk(k)) {
      return chunk.starts[next + k];
    }
    fill(k);
    return starts[slot(k)];
  }

  /** Where the token {@code k} places ahead ends. */
  public int peekEnd(int k) {
    if (inChunk(k)) {
      return chunk.ends[next + k];
    }
    fill(k);
    return ends[slot(k)];
  }

  /** The line of the next token. */
  public int peekLine() {
    if (inChunk(0)) {
      return chunk.lines[next];
    }
    fill(0);
    return lines[head];
  }

  /** The column of the next token. */
  public int peekColumn() {
    if (inChunk(0)) {
      return chunk.columns[next];
    }
    fill(0);
    return columns[head];
  }

  /** Whether the next token has kind {@code kind} and is spelled {@code text}. */
  public boolean at(int kind, String text) {
    int start;
    int end;
    if (inChunk(0)) {
      if (chunk.kinds[next] != kind) {
        return false;
      }
      start = chunk.starts[next];
      end = chunk.ends[next];
    } else {
      fill(0);
      if (kinds[head] != kind) {
        return false;
      }
      start = starts[head];
      end = ends[head];
    }
    return end - start == text.length() && source.text().regionMatches(start, text, 0, end - start);
  }

  /** Whether the next token has kind {@code kind}. */
  public boolean at(int kind) {
    return peekKind(0) == kind;
  }

  /** Consumes and returns the next token. */
  public Token next() {
    Token token = peek(0);
    skip();
    return token;
  }

  /** Consumes the next token without making a {@link Token} of it. */
  public void skip() {
    if (inChunk(0)) {
      int t = next++;
      TokenChunk c = chunk;
      lastKind = c.kinds[t];
      lastEnd = c.ends[t];
      return;
    }
    fill(0);
    lastKind = kinds[head];
    lastEnd = ends[head];
    head = (head + 1) & (kinds.length - 1);
    count--;
  }

  /** The kind of the token consumed last, or -1 before the first. */
  public int lastKind() {
    return lastKind;
  }

  /** Where the token consumed last ends. */
  public int lastEnd() {
    return lastEnd;
  }

  /**
   * Where the next token starts, without lexing it if it is not lexed yet (only the blanks before
   * it are skipped).
   */
  int nextStart() {
    if (count != 0) {
      return starts[head];
    }
    if (next < chunk.count) {
      return chunk.starts[next];
    }
    return chunk.last ? chunk.starts[chunk.count - 1] : lexer.nextStart();
  }

  /**
   * Consumes the tokens from the next one to {@code end}, where a token of kind {@code lastKind}
   * ends, for text known to lex as it did before ({@link SpanMemo}): tokens not lexed yet are
   * skipped without lexing them. Returns false, consuming nothing, where that cannot be done: a
   * lexed token crosses {@code end}, a token was pushed back, or what follows {@code end} could
   * extend an identifier that ends there.
   */
  boolean skipTo(int end, int lastKind) {
    if (count != 0) {
      return false;
    }
    int t = next;
    while (t < chunk.count && chunk.ends[t] < end) {
      t++;
    }
    if (t < chunk.count) {
      // Lexed up to end already.
      if (chunk.ends[t] != end) {
        return false;
      }
      next = t + 1;
    } else {
      if (chunk.last || lastKind == MlirLexer.BARE_ID && mayExtendIdentifier(end)) {
        return false;
      }
      lexer.seek(end);
      next = chunk.count;
    }
    this.lastKind = lastKind;
    lastEnd = end;
    return true;
  }

  /**
   * Whether the character at {@code end} could make a token ending there longer (or another, longer
   * token out of the text before): a letter, digit, {@code _$.+-}, or a character outside ASCII, as
   * the grammar's identifiers, numbers and exponents continue.
   */
  private boolean mayExtendIdentifier(int end) {
    String text = source.text();
    if (end >= text.length()) {
      return false;
    }
    char c = text.charAt(end);
    return c >= 0x80 || Character.isLetterOrDigit(c) || "_$.+-".indexOf(c) >= 0;
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

  /**
   * Whether the token {@code k} places ahead is {@code chunk[next + k]}: nothing is in the ring and
   * the chunk holds it, once the chunk is filled again if it is used up.
   */
  private boolean inChunk(int k) {
    if (count != 0) {
      return false;
    }
    if (next == chunk.count) {
      advance();
    }
    return next + k < chunk.count;
  }

  /** Moves tokens from the chunks into the ring until it holds {@code k + 1}. */
  private void fill(int k) {
    while (count <= k) {
      grow();
      if (next == chunk.count) {
        advance();
      }
      int t = next++;
      set(
          slot(count),
          chunk.kinds[t],
          chunk.starts[t],
          chunk.ends[t],
          chunk.lines[t],
          chunk.columns[t]);
      count++;
    }
  }

  /** Lexes the next chunk of tokens into the chunk, which is used up. */
  private void advance() {
    if (chunk.last) {
      // Past the end, the end-of-input token repeats, as ANTLR's lexer does.
      next = chunk.count - 1;
    } else {
      lexer.fill(chunk);
      next = 0;
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
}
