package dev.aic.text.parse;

/**
 * A fixed-size run of lexed tokens held in primitive arrays, which the lexer fills again each time
 * the parser has used it up: lexing a file of any size needs only this one.
 */
final class TokenChunk {
  /** Tokens per chunk: large enough that refilling it costs nothing per token. */
  static final int CAPACITY = 1024;

  final int[] kinds = new int[CAPACITY];
  final int[] starts = new int[CAPACITY];
  final int[] ends = new int[CAPACITY];
  final int[] lines = new int[CAPACITY];
  final int[] columns = new int[CAPACITY];

  /** How many tokens are filled in. */
  int count;

  /** Whether the last filled token is the end of input, after which no chunk follows. */
  boolean last;
}
