package dev.aic.opt.filecheck;

/**
 * What a diagnostic recorded for the input dump says about a pattern, with the marker that shows
 * it: lead character, note and whether {@code --dump-input-filter=error} keeps its line.
 */
enum MatchType {
  FOUND_AND_EXPECTED('^', "", false),
  FOUND_BUT_EXCLUDED('!', "error: no match expected", true),
  FOUND_BUT_WRONG_LINE('!', "error: match on wrong line", true),
  FOUND_BUT_DISCARDED('!', "discard: overlaps earlier match", false),
  FOUND_ERROR_NOTE('!', "error: unknown error after match", true),
  NONE_AND_EXCLUDED('X', "", false),
  NONE_BUT_EXPECTED('X', "error: no match found", true),
  NONE_FOR_INVALID_PATTERN('X', "error: match failed for invalid pattern", true),
  FUZZY('?', "possible intended match", true);

  private final char lead;
  private final String note;
  private final boolean error;

  MatchType(char lead, String note, boolean error) {
    this.lead = lead;
    this.note = note;
    this.error = error;
  }

  char lead() {
    return lead;
  }

  String note() {
    return note;
  }

  boolean isError() {
    return error;
  }
}
