package dev.aic.opt.filecheck;

/**
 * A cursor over a slice of a {@link Source}, like LLVM's {@code StringRef} into a buffer: it keeps
 * its place so that messages can point at it. The {@code consume}/{@code skip}/{@code advance}
 * methods move this cursor; the others return new slices.
 */
final class Text {
  static final String SPACES = " \t";

  private final Source source;
  private int start;
  private int end;

  Text(Source source, int start, int end) {
    this.source = source;
    this.start = start;
    this.end = end;
  }

  Source source() {
    return source;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  Text copy() {
    return new Text(source, start, end);
  }

  int size() {
    return end - start;
  }

  boolean isEmpty() {
    return start >= end;
  }

  char at(int i) {
    return source.text().charAt(start + i);
  }

  char front() {
    return at(0);
  }

  @Override
  public String toString() {
    return source.text().substring(start, end);
  }

  boolean startsWith(String prefix) {
    return prefix.length() <= size() && source.text().startsWith(prefix, start);
  }

  /** Index of {@code needle} at or after {@code from} within this slice, or -1. */
  int find(String needle, int from) {
    String text = source.text();
    int last = end - needle.length();
    if (needle.isEmpty()) {
      return from <= size() ? from : -1;
    }
    char first = needle.charAt(0);
    // Bounded by the slice: a search must not scan the rest of a large buffer.
    for (int i = start + from; i <= last; i++) {
      if (text.charAt(i) == first && text.startsWith(needle, i)) {
        return i - start;
      }
    }
    return -1;
  }

  int find(String needle) {
    return find(needle, 0);
  }

  /** Index of the first character in {@code chars}, or -1. */
  int findFirstOf(String chars) {
    for (int i = start; i < end; i++) {
      if (chars.indexOf(source.text().charAt(i)) >= 0) {
        return i - start;
      }
    }
    return -1;
  }

  /** The slice from {@code from} (clamped) to the end. */
  Text drop(int from) {
    return new Text(source, start + Math.min(Math.max(from, 0), size()), end);
  }

  /** The first {@code n} characters (clamped). */
  Text take(int n) {
    return new Text(source, start, start + Math.min(Math.max(n, 0), size()));
  }

  /** The slice without its last {@code n} characters. */
  Text dropBack(int n) {
    return new Text(source, start, end - Math.min(n, size()));
  }

  /** Moves past {@code prefix} if the text starts with it. */
  boolean consume(String prefix) {
    if (!startsWith(prefix)) {
      return false;
    }
    start += prefix.length();
    return true;
  }

  /** Moves past the first {@code n} characters. */
  void advance(int n) {
    start += Math.min(n, size());
  }

  char popFront() {
    return source.text().charAt(start++);
  }

  /** Moves past leading spaces and tabs. */
  void skipSpaces() {
    while (start < end && SPACES.indexOf(source.text().charAt(start)) >= 0) {
      start++;
    }
  }

  /** Drops trailing spaces and tabs. */
  void trimEnd() {
    while (end > start && SPACES.indexOf(source.text().charAt(end - 1)) >= 0) {
      end--;
    }
  }

  /** Renders an error pointing at the start of this slice. */
  void error(StringBuilder out, String message) {
    source.message(out, start, DiagKind.ERROR, message);
  }
}
