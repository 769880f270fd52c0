package dev.aic.text.parse;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Lexes on a thread of its own, ahead of the parser, so the two overlap on two cores. Chunks go to
 * the parser through a bounded queue and come back through another for reuse, so memory stays fixed
 * however far the lexer could run ahead.
 */
final class LexerThread implements TokenFeed {
  /** Chunks lexed ahead of the parser at most: enough to ride out scheduling hiccups. */
  private static final int DEPTH = 6;

  private final BlockingQueue<TokenChunk> ready = new ArrayBlockingQueue<>(DEPTH);
  // Every chunk ever made fits here, so handing one back never blocks.
  private final BlockingQueue<TokenChunk> free = new ArrayBlockingQueue<>(DEPTH + 2);
  private final Thread thread;

  LexerThread(ChunkLexer lexer) {
    for (int i = 0; i < DEPTH + 2; i++) {
      free.add(new TokenChunk());
    }
    thread = new Thread(() -> produce(lexer), "aic-lexer");
    // A parser that stops early and is never closed must not keep the process alive.
    thread.setDaemon(true);
    thread.start();
  }

  private void produce(ChunkLexer lexer) {
    try {
      TokenChunk chunk;
      do {
        chunk = free.take();
        try {
          lexer.fill(chunk);
        } catch (RuntimeException | Error e) {
          // A lexer bug or out of memory is the parser's to report, on the parser's thread.
          chunk.failure = e;
          chunk.last = true;
        }
        ready.put(chunk);
      } while (!chunk.last);
    } catch (InterruptedException e) {
      // Closed: the parser needs no more tokens.
    }
  }

  @Override
  public TokenChunk next(TokenChunk done) {
    if (done != null) {
      free.add(done);
    }
    TokenChunk chunk;
    try {
      chunk = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for tokens", e);
    }
    if (chunk.failure instanceof Error error) {
      throw error;
    }
    if (chunk.failure != null) {
      throw (RuntimeException) chunk.failure;
    }
    return chunk;
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
