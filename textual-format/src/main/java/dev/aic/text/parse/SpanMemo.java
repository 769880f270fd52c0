package dev.aic.text.parse;

import dev.aic.text.lex.MlirLexer;

/**
 * Remembers what a few recently parsed constructs meant, by their source text, so that the same
 * text met again is not parsed again: generated IR repeats {@code <{overflowFlags =
 * #arith.overflow<none>}>} and {@code (i32, i32) -> i32} on most of a million lines. A hit compares
 * the text with the remembered occurrence earlier in the same source, checks that a token ends
 * exactly where that text ends (so the tokens are the same), and consumes those tokens; those not
 * lexed yet are skipped as text, never lexed ({@link TokenCursor#skipTo}).
 *
 * <p>Only constructs whose value depends on nothing but their text may be remembered (types and
 * attributes: aliases are defined before use and never change), and only those that end with a
 * token nothing could extend (a closing bracket or a keyword), so that what follows cannot change
 * how they parse. The most recently used entries are tried first; the least recently used one makes
 * room.
 *
 * @param <V> the parsed value
 */
final class SpanMemo<V> {
  private static final int WAYS = 8;

  private final int[] starts = new int[WAYS];
  private final int[] lengths = new int[WAYS];
  // How deep each construct nests, so that a hit deep in the IR fails no nesting limit it would
  // have failed if parsed.
  private final int[] depths = new int[WAYS];
  // The kind of the last token of each construct, which the cursor reports as consumed last.
  private final int[] lastKinds = new int[WAYS];
  private final Object[] values = new Object[WAYS];
  private int size;

  /** The value of the construct at the next token, its tokens consumed, or {@code null}. */
  @SuppressWarnings("unchecked")
  V recall(ParserState state) {
    TokenCursor tokens = state.tokens();
    String text = state.source().text();
    int at = tokens.nextStart();
    for (int i = 0; i < size; i++) {
      int length = lengths[i];
      if (!text.regionMatches(at, text, starts[i], length)) {
        continue;
      }
      if (state.nestingDepth() + depths[i] > ParserState.MAX_NESTING
          || !tokens.skipTo(at + length, lastKinds[i])) {
        return null;
      }
      V value = (V) values[i];
      if (i != 0) {
        moveToFront(i, starts[i], length, depths[i], lastKinds[i], value);
      }
      return value;
    }
    return null;
  }

  /** Where the construct about to be parsed starts; pass it to {@link #remember}. */
  int begin(ParserState state) {
    state.markNesting();
    return state.tokens().peekStart(0);
  }

  /** Remembers {@code value} for the text from {@code start} to the last token consumed. */
  void remember(ParserState state, int start, V value) {
    TokenCursor tokens = state.tokens();
    switch (tokens.lastKind()) {
      case MlirLexer.RPAREN,
          MlirLexer.RSQUARE,
          MlirLexer.RBRACE,
          MlirLexer.GREATER,
          MlirLexer.BARE_ID -> {
        if (size < WAYS) {
          size++;
        }
        moveToFront(
            size - 1,
            start,
            tokens.lastEnd() - start,
            state.nestedSinceMark(),
            tokens.lastKind(),
            value);
      }
      default -> {
        // Something after it could have extended it: not safe to recall.
      }
    }
  }

  /** Puts an entry first, shifting those before slot {@code i} down by one. */
  private void moveToFront(int i, int start, int length, int depth, int lastKind, V value) {
    System.arraycopy(starts, 0, starts, 1, i);
    System.arraycopy(lengths, 0, lengths, 1, i);
    System.arraycopy(depths, 0, depths, 1, i);
    System.arraycopy(lastKinds, 0, lastKinds, 1, i);
    System.arraycopy(values, 0, values, 1, i);
    starts[0] = start;
    lengths[0] = length;
    depths[0] = depth;
    lastKinds[0] = lastKind;
    values[0] = value;
  }
}
