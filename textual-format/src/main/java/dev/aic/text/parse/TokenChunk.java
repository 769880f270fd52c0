package dev.aic.text.parse;

/**
 * A fixed-size run of lexed tokens held in primitive arrays, the unit the lexer hands to the
 * parser. Chunks are recycled, so lexing a file of any size allocates only a handful of them.
 */
final class TokenChunk {
  /** Tokens per chunk: large enough that handing a chunk over costs nothing per token. */
  static final int CAPACITY = 4096;

  final int[] kinds = new int[CAPACITY];
  final int[] starts = new int[CAPACITY];
  final int[] ends = new int[CAPACITY];
  final int[] lines = new int[CAPACITY];
  final int[] columns = new int[CAPACITY];

  /** How many tokens are filled in. */
  int count;

  /** Whether the last filled token is the end of input, after which no chunk follows. */
  boolean last;

  /** Set instead of tokens when lexing failed on the lexer's thread; rethrown to the parser. */
  Throwable failure;
}
