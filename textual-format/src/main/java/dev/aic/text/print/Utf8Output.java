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
  // Each chunk is copied into chars, then narrowed into ascii when it is ASCII, as nearly all
  // printed text is. Both arrays are reused: a string or byte array per chunk would be as much
  // garbage as the output is long, 88 MB for a million ops, and one more young collection at the
  // end of a run (docs/perf.md).
  private char[] chars = new char[0];
  private byte[] ascii = new byte[0];

  /** Writes to {@code out}, which the caller buffers and closes. */
  public Utf8Output(OutputStream out) {
    this.out = out;
  }

  @Override
  public Appendable append(CharSequence text) throws IOException {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, 2 * chars.length)];
      ascii = new byte[chars.length];
    }
    // The printer hands over its StringBuilder: copied without a string in between.
    if (text instanceof StringBuilder builder) {
      builder.getChars(0, length, chars, 0);
    } else {
      text.toString().getChars(0, length, chars, 0);
    }
    int any = 0;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      ascii[i] = (byte) c;
      any |= c;
    }
    if (any < 0x80) {
      out.write(ascii, 0, length);
    } else {
      out.write(new String(chars, 0, length).getBytes(StandardCharsets.UTF_8));
    }
    return this;
  }

  /** Writes text that is already UTF-8. */
  void writeEncoded(byte[] utf8) throws IOException {
    out.write(utf8);
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
