package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Whatever form a chunk comes in, the bytes are its UTF-8 encoding, ASCII fast path or not. */
class Utf8OutputTest {
  @Property(tries = 300)
  void writesTheUtf8OfEveryKindOfChunk(
      @ForAll @StringLength(max = 40_000) String text, @ForAll boolean ascii) throws IOException {
    String chunk = ascii ? text.replaceAll("[^\\x00-\\x7f]", "a") : text;
    byte[] expected = chunk.getBytes(StandardCharsets.UTF_8);
    for (CharSequence form :
        new CharSequence[] {chunk, new StringBuilder(chunk), CharBuffer.wrap(chunk)}) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      Utf8Output out = new Utf8Output(bytes);
      out.append(form);
      out.append(form, 0, form.length() / 2);
      out.append('\n');
      byte[] half = chunk.substring(0, chunk.length() / 2).getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      all.write(expected);
      all.write(half);
      all.write('\n');
      assertArrayEquals(all.toByteArray(), bytes.toByteArray());
    }
  }
}
