package dev.aic.text.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Printed text kept in memory, encoded to UTF-8 as it comes, in the pieces a printer flushed it in:
 * the second half of a big block printed on a {@link PrintThread}. Encoding there, rather than when
 * the text is written out after the first half, takes that work off the thread everything waits
 * for.
 */
final class TextChunks implements Appendable {
  private final Chunks chunks = new Chunks();
  private final Utf8Output encoder = new Utf8Output(chunks);

  @Override
  public Appendable append(CharSequence text) throws IOException {
    return encoder.append(text);
  }

  @Override
  public Appendable append(CharSequence text, int start, int end) throws IOException {
    return encoder.append(text, start, end);
  }

  @Override
  public Appendable append(char c) throws IOException {
    return encoder.append(c);
  }

  /**
   * Writes the text kept, in order, to {@code out}: as bytes to a {@link Utf8Output}, else decoded
   * again (a printer flushes between ops, so no chunk ends inside a character).
   */
  void appendTo(Appendable out) throws IOException {
    for (byte[] chunk : chunks.list) {
      if (out instanceof Utf8Output utf8) {
        utf8.writeEncoded(chunk);
      } else {
        out.append(new String(chunk, StandardCharsets.UTF_8));
      }
    }
  }

  /** Keeps a copy of each write. */
  private static final class Chunks extends OutputStream {
    private final List<byte[]> list = new ArrayList<>();

    @Override
    public void write(int b) {
      list.add(new byte[] {(byte) b});
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      list.add(Arrays.copyOfRange(bytes, offset, offset + length));
    }
  }
}
