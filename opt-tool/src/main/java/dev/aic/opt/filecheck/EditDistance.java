package dev.aic.opt.filecheck;

/** Levenshtein distance, as LLVM's {@code StringRef::edit_distance} with replacements allowed. */
final class EditDistance {
  private EditDistance() {}

  static int between(String from, String to) {
    int m = from.length();
    int n = to.length();
    int[] row = new int[n + 1];
    for (int j = 0; j <= n; j++) {
      row[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      int previous = row[0];
      row[0] = i;
      for (int j = 1; j <= n; j++) {
        int above = row[j];
        int replace = previous + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(replace, Math.min(above, row[j - 1]) + 1);
        previous = above;
      }
    }
    return row[n];
  }
}
