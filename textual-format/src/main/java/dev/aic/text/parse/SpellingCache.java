package dev.aic.text.parse;

/**
 * Remembers what a few recently seen token spellings meant, looked up by the token's place in the
 * source so that a hit allocates nothing. Generated and hand-written IR repeats the same op names
 * and types on nearly every line; this saves decoding and interning them again each time. It is a
 * direct-mapped cache: a colliding spelling replaces the old one, so memory stays fixed.
 *
 * @param <V> what a spelling stands for; it must depend on nothing but the spelling
 */
final class SpellingCache<V> {
  private static final int SIZE = 256;

  private final String[] spellings = new String[SIZE];
  private final Object[] values = new Object[SIZE];

  /** What {@code text[start, end)} stands for, or {@code null} if it is not cached. */
  @SuppressWarnings("unchecked")
  V get(String text, int start, int end) {
    int slot = slot(text, start, end);
    String spelling = spellings[slot];
    if (spelling != null
        && spelling.length() == end - start
        && text.regionMatches(start, spelling, 0, spelling.length())) {
      return (V) values[slot];
    }
    return null;
  }

  /** Remembers that {@code text[start, end)} stands for {@code value}. */
  void put(String text, int start, int end, V value) {
    int slot = slot(text, start, end);
    spellings[slot] = text.substring(start, end);
    values[slot] = value;
  }

  private static int slot(String text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return (hash ^ (hash >>> 16)) & (SIZE - 1);
  }
}
