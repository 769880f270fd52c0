package dev.aic.text.parse;

/** Where a {@link TokenCursor} gets its tokens from, one {@link TokenChunk} at a time. */
interface TokenFeed extends AutoCloseable {
  /**
   * The next chunk of tokens. {@code done} is the chunk the cursor has finished with (or {@code
   * null} the first time), handed back for reuse; it must not be touched afterwards.
   */
  TokenChunk next(TokenChunk done);

  /** Stops lexing early; further tokens are not needed. */
  @Override
  void close();

  /** Lexes on the caller's thread, chunk by chunk as the parser needs them. */
  static TokenFeed inline(ChunkLexer lexer) {
    return new TokenFeed() {
      @Override
      public TokenChunk next(TokenChunk done) {
        TokenChunk chunk = done == null ? new TokenChunk() : done;
        lexer.fill(chunk);
        return chunk;
      }

      @Override
      public void close() {}
    };
  }
}
