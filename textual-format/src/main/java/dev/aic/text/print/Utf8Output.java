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
  // Reused for ASCII runs, which is nearly all printed IR: no string copy, no fresh array.
  private char[] chars = new char[1 << 14];
  private byte[] ascii = new byte[1 << 14];

  /** Writes to {@code out}, which the caller buffers and closes. */
  public Utf8Output(OutputStream out) {
    this.out = out;
  }

  @Override
  public Appendable append(CharSequence text) throws IOException {
    int length = text.length();
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
      ascii = new byte[chars.length];
    }
    // Bulk copies where the text allows them; charAt per char is the slow way.
    if (text instanceof String string) {
      string.getChars(0, length, chars, 0);
    } else if (text instanceof StringBuilder builder) {
      builder.getChars(0, length, chars, 0);
    } else {
      for (int i = 0; i < length; i++) {
        chars[i] = text.charAt(i);
      }
    }
    int all = 0;
    for (int i = 0; i < length; i++) {
      all |= chars[i];
    }
    if (all >= 0x80) {
      // Rare: encode the whole chunk the general way rather than track pairs here.
      out.write(text.toString().getBytes(StandardCharsets.UTF_8));
      return this;
    }
    for (int i = 0; i < length; i++) {
      ascii[i] = (byte) chars[i];
    }
    out.write(ascii, 0, length);
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
