package dev.aic.text.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An {@link Appendable} that encodes what the printer writes straight to UTF-8 bytes. The printer
 * hands over large chunks; encoding a chunk as a whole avoids a {@link java.io.Writer}'s per-char
 * path, which widens every Latin-1 string to chars first.
 */
public final class Utf8Output implements Appendable {
  private final OutputStream out;
  // ASCII chunks, nearly all printed text, are narrowed into this one array: String.getBytes made
  // a new array per chunk, as much garbage as the output is long, and with 88 MB of output that
  // was one more young collection at the end of a run (docs/perf.md).
  private byte[] ascii = new byte[0];

  /** Writes to {@code out}, which the caller buffers and closes. */
  public Utf8Output(OutputStream out) {
    this.out = out;
  }

  @Override
  public Appendable append(CharSequence text) throws IOException {
    String chunk = text.toString();
    int length = chunk.length();
    if (ascii.length < length) {
      ascii = new byte[Math.max(length, 2 * ascii.length)];
    }
    byte[] bytes = ascii;
    int any = 0;
    for (int i = 0; i < length; i++) {
      char c = chunk.charAt(i);
      bytes[i] = (byte) c;
      any |= c;
    }
    if (any < 0x80) {
      out.write(bytes, 0, length);
    } else {
      out.write(chunk.getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  @Override
  public Appendable append(CharSequence text, int start, int end) throws IOException {
    return append(text.subSequence(start, end));
  }

  @Override
  public Appendable append(char c) throws IOException {
    if (c < 0x80) {
      out.write(c);
      return this;
    }
    return append(String.valueOf(c));
  }
}
