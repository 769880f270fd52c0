package dev.aic.text.parse;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The lexer's view of the source text, reading the {@link String} in place instead of copying it
 * into a code-point buffer as ANTLR's own streams do: a 100 MB input stays 100 MB. Characters are
 * UTF-16 units; MLIR's syntax is ASCII outside string literals and comments, where a surrogate pair
 * lexes the same as the code point it encodes.
 */
final class StringCharStream implements CharStream {
  private final String text;
  private final String name;
  private int index;

  StringCharStream(String text, String name) {
    this.text = text;
    this.name = name;
  }

  @Override
  public void consume() {
    if (index >= text.length()) {
      throw new IllegalStateException("cannot consume EOF");
    }
    index++;
  }

  @Override
  public int LA(int i) {
    int at = i > 0 ? index + i - 1 : index + i;
    if (i == 0 || at < 0 || at >= text.length()) {
      return i == 0 ? 0 : IntStream.EOF;
    }
    return text.charAt(at);
  }

  @Override
  public int mark() {
    return -1;
  }

  @Override
  public void release(int marker) {}

  @Override
  public int index() {
    return index;
  }

  @Override
  public void seek(int index) {
    this.index = Math.min(index, text.length());
  }

  @Override
  public int size() {
    return text.length();
  }

  @Override
  public String getSourceName() {
    return name;
  }

  @Override
  public String getText(Interval interval) {
    int start = interval.a;
    int stop = Math.min(interval.b, text.length() - 1);
    return start > stop ? "" : text.substring(start, stop + 1);
  }
}
