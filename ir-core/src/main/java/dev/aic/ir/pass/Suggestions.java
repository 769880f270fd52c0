package dev.aic.ir.pass;

import java.util.Collection;

/**
 * "Did you mean" suggestions for misspelt pass, pipeline and option names: the known name with the
 * smallest edit distance, if that distance is small relative to the name's length.
 */
public final class Suggestions {
  private Suggestions() {}

  /** The closest of {@code candidates} to {@code name}, or {@code null} if none is close. */
  public static String closest(String name, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    // Like LLVM's option lookup: accept up to a third of the name's length in edits.
    int limit = Math.max(1, name.length() / 3);
    for (String candidate : candidates) {
      int distance = editDistance(name, candidate);
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
