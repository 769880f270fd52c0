package dev.aic.text.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Printed text kept in memory in the pieces a printer flushed it in, so that it is never copied
 * into one string: the second half of a big block printed on a {@link PrintThread}.
 */
final class TextChunks implements Appendable {
  private final List<String> chunks = new ArrayList<>();

  @Override
  public Appendable append(CharSequence text) {
    chunks.add(text.toString());
    return this;
  }

  @Override
  public Appendable append(CharSequence text, int start, int end) {
    chunks.add(text.subSequence(start, end).toString());
    return this;
  }

  @Override
  public Appendable append(char c) {
    chunks.add(String.valueOf(c));
    return this;
  }

  /** Writes the text kept, in order, to {@code out}. */
  void appendTo(Appendable out) throws IOException {
    for (String chunk : chunks) {
      out.append(chunk);
    }
  }
}
