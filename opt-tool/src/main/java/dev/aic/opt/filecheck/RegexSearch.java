package dev.aic.opt.filecheck;

import dev.aic.text.diag.PosixRegex;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled POSIX regex and the search FileCheck does with it: the leftmost match, and of those
 * the longest, as POSIX requires. Java's leftmost-first matching can stop early only at an
 * alternation, so only regexes with {@code |} look for a longer match.
 */
final class RegexSearch {
  private final Pattern pattern;
  private final boolean alternation;

  RegexSearch(String ere, boolean ignoreCase) {
    PosixRegex.Translation translation;
    try {
      translation = PosixRegex.translate(ere, true);
    } catch (PosixRegex.Error e) {
      // Every piece was validated when the check file was read, and values are escaped.
      throw new IllegalStateException("invalid composed regex " + ere + ": " + e.getMessage(), e);
    }
    int flags = PosixRegex.NEWLINE_FLAGS | (ignoreCase ? Pattern.CASE_INSENSITIVE : 0);
    this.pattern = Pattern.compile(translation.java(), flags);
    this.alternation = translation.alternation();
  }

  /**
   * Searches {@code buffer}, where {@code ^} and {@code $} also match at its ends as they do for
   * LLVM's {@code Regex::match} on a slice; returns the matcher on the match, or null.
   */
  Matcher find(Text buffer) {
    try {
      return search(buffer);
    } catch (StackOverflowError e) {
      // java.util.regex recurses per repetition of a group; POSIX matchers do not. Retry where
      // there is room for that recursion rather than fail on a long line.
      return DeepStack.call(() -> search(buffer));
    }
  }

  private Matcher search(Text buffer) {
    Matcher matcher = pattern.matcher(buffer.source().text());
    matcher.region(buffer.start(), buffer.end());
    if (!matcher.find()) {
      return null;
    }
    if (!alternation) {
      return matcher;
    }
    int start = matcher.start();
    int lineEnd = buffer.source().text().indexOf('\n', matcher.end());
    int limit = lineEnd < 0 || lineEnd > buffer.end() ? buffer.end() : lineEnd;
    for (int end = limit; end > matcher.end(); end--) {
      Matcher longer = pattern.matcher(buffer.source().text());
      longer.region(start, end);
      longer.useTransparentBounds(true);
      longer.useAnchoringBounds(end == buffer.end());
      if (longer.matches()) {
        return longer;
      }
    }
    return matcher;
  }
}
