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

  /** Writes to {@code out}, which the caller buffers and closes. */
  public Utf8Output(OutputStream out) {
    this.out = out;
  }

  @Override
  public Appendable append(CharSequence text) throws IOException {
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
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
