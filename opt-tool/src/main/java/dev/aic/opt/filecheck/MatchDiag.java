package dev.aic.opt.filecheck;

/**
 * One diagnostic kept for the input dump, as LLVM's {@code FileCheckDiag}.
 *
 * @param pattern the pattern it is about
 * @param type the pattern's directive type
 * @param matchType what happened
 * @param start where in the input the range starts
 * @param end where it ends (exclusive)
 * @param note a custom note, or empty for the match type's own
 */
record MatchDiag(
    Pattern pattern, CheckType type, MatchType matchType, int start, int end, String note) {
  MatchDiag withMatchType(MatchType newType) {
    return new MatchDiag(pattern, type, newType, start, end, note);
  }
}
