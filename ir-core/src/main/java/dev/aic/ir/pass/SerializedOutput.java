package dev.aic.ir.pass;

import java.io.IOException;

/**
 * An {@link Appendable} whose every call holds one lock, so passes running on several threads can
 * share a pass manager's output (a {@link StringBuilder}, a stream) without corrupting it; each
 * call's text stays whole.
 */
final class SerializedOutput implements Appendable {
  private final Appendable out;

  SerializedOutput(Appendable out) {
    this.out = out;
  }

  @Override
  public synchronized Appendable append(CharSequence text) throws IOException {
    out.append(text);
    return this;
  }

  @Override
  public synchronized Appendable append(CharSequence text, int start, int end) throws IOException {
    out.append(text, start, end);
    return this;
  }

  @Override
  public synchronized Appendable append(char c) throws IOException {
    out.append(c);
    return this;
  }
}
