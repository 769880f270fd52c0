package dev.aic.ir.pass;

import java.util.Collection;
import org.apache.commons.text.similarity.LevenshteinDistance;

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
    LevenshteinDistance editDistance = LevenshteinDistance.getDefaultInstance();
    for (String candidate : candidates) {
      int distance = editDistance.apply(name, candidate);
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }
}
