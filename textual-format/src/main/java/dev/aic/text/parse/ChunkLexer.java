package dev.aic.text.parse;

import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Runs the generated ANTLR lexer over one source and fills {@link TokenChunk}s with its tokens,
 * whitespace and comments dropped, positions made file-relative.
 *
 * <p>Most tokens are matched by walking the DFA that ANTLR's lexer simulator builds and caches for
 * the grammar, copied into a {@link FlatDfa}, in a loop over the text: the same states, edges and
 * token kinds, without the simulator's per-character calls and bookkeeping, which made ANTLR lex at
 * about 60 MB/s (docs/perf.md). Where the DFA has no edge yet (the first time a state meets a
 * character, and for characters outside ASCII, which ANTLR never caches), the token is lexed by
 * ANTLR itself, which also adds the missing edges. Lines and columns are counted here, while
 * skipping blanks: no other token holds a line break.
 */
final class ChunkLexer {
  /** {@link #matchCached} found no complete path in the DFA: ANTLR must lex this token. */
  private static final int UNCACHED = -2;

  private final String text;
  private final MlirLexer lexer;
  private final StringCharStream input;
  private FlatDfa table;
  private int position;
  private int line;
  private int lineStart;
  // Where the token that matchCached or matchSlow found last ends.
  private int matchEnd;

  ChunkLexer(SourceFile source) {
    this.text = source.text();
    this.input = new StringCharStream(text, source.name());
    this.lexer = new MlirLexer(input);
    lexer.removeErrorListeners();
    lexer.setTokenFactory(new ReusedToken());
    this.line = 1 + source.lineOffset();
  }

  /** Fills {@code chunk} from the start; after the end-of-input token it is marked last. */
  void fill(TokenChunk chunk) {
    // Looked up again for each chunk: clearing ANTLR's cache replaces the DFA object.
    DFA dfa = lexer.getInterpreter().decisionToDFA[Lexer.DEFAULT_MODE];
    if (table == null || !table.copies(dfa)) {
      table = new FlatDfa(dfa);
    }
    int n = 0;
    while (n < TokenChunk.CAPACITY) {
      int start = skipBlanks(position);
      int kind = matchCached(start);
      if (kind == UNCACHED) {
        kind = matchSlow(start);
      }
      int end = matchEnd;
      position = end;
      if (kind == MlirLexer.LINE_COMMENT) {
        continue;
      }
      chunk.kinds[n] = kind;
      chunk.starts[n] = start;
      chunk.ends[n] = end;
      chunk.lines[n] = line;
      chunk.columns[n] = start - lineStart + 1;
      n++;
      if (kind == TokenCursor.EOF) {
        chunk.count = n;
        chunk.last = true;
        return;
      }
      if (kind == MlirLexer.LESS || kind == MlirLexer.COLON) {
        // Properties <{...}> and an op's type after ':' repeat op after op: the chunk ends here so
        // that SpanMemo can skip their text before it is lexed.
        break;
      }
    }
    chunk.count = n;
    chunk.last = false;
  }

  /**
   * Where the next token starts: the blanks and comments before it are skipped, as {@link #fill}
   * skips them, and the token is not lexed.
   */
  int nextStart() {
    position = skipBlanks(position);
    while (text.startsWith("//", position)) {
      int end = position + 2;
      while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      position = skipBlanks(end);
    }
    return position;
  }

  /**
   * Goes on lexing at {@code end}, counting the lines of the text skipped: text that SpanMemo knows
   * to lex as it did before, ending at a token boundary.
   */
  void seek(int end) {
    // Only the skipped text is scanned (indexOf could run on to a line break far past it).
    for (int i = position; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    position = end;
  }

  /**
   * The kind of the longest token at {@code start} by the cached DFA, as ANTLR's simulator would
   * find it, with its end in {@link #matchEnd}; {@link #UNCACHED} where the DFA lacks an edge.
   */
  private int matchCached(int start) {
    int state = table.start();
    if (state == FlatDfa.UNKNOWN) {
      return UNCACHED;
    }
    int length = text.length();
    if (start == length) {
      matchEnd = start;
      return TokenCursor.EOF;
    }
    int kind = UNCACHED;
    int end = start;
    for (int i = start; i < length; i++) {
      char c = text.charAt(i);
      if (c >= FlatDfa.WIDTH) {
        return UNCACHED;
      }
      int next = table.next(state, c);
      if (next == FlatDfa.ERROR) {
        break;
      }
      if (next == FlatDfa.UNKNOWN) {
        return UNCACHED;
      }
      state = next;
      int accepted = table.kind(state);
      if (accepted != FlatDfa.NONE) {
        kind = accepted;
        end = i + 1;
      }
    }
    // Past the last accepting state, ANTLR backs up to it; at the end of the text too.
    matchEnd = end;
    return kind;
  }

  /** Lexes the token at {@code start} with ANTLR's simulator, which caches what it learns. */
  private int matchSlow(int start) {
    input.seek(start);
    org.antlr.v4.runtime.Token token = lexer.nextToken();
    int kind = token.getType();
    matchEnd = kind == TokenCursor.EOF ? start : token.getStopIndex() + 1;
    return kind;
  }

  /**
   * Skips the blanks from {@code from} on, counting lines, and returns where the next token starts.
   * A run of blanks is always one {@code WHITESPACE} token of the grammar ({@code [ \t\r\n]+}: the
   * longest match, and no other rule starts with a blank), so skipping it here finds the same
   * tokens as the DFA, for less than a DFA walk per run (ChunkLexerTest compares the two).
   */
  private int skipBlanks(int from) {
    int i = from;
    int length = text.length();
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        lineStart = i + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        break;
      }
      i++;
    }
    return i;
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
      return token;
    }

    @Override
    public CommonToken create(int type, String text) {
      token.setType(type);
      return token;
    }
  }
}
