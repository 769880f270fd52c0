package dev.aic.opt.filecheck;

/** The kinds of directive a check file can hold, plus the pseudo kinds FileCheck reports. */
enum CheckKind {
  NONE("invalid", ""),
  PLAIN("", "check"),
  NEXT("-NEXT", "next"),
  SAME("-SAME", "same"),
  NOT("-NOT", "not"),
  DAG("-DAG", "dag"),
  LABEL("-LABEL", "label"),
  EMPTY("-EMPTY", "empty"),
  COMMENT("", "com"),
  EOF("implicit EOF", "eof"),
  BAD_NOT("bad NOT", "bad-not"),
  BAD_COUNT("bad COUNT", "bad-count"),
  MISSPELLED("misspelled", "misspelled");

  private final String suffix;
  private final String abbreviation;

  CheckKind(String suffix, String abbreviation) {
    this.suffix = suffix;
    this.abbreviation = abbreviation;
  }

  /** The directive suffix after the prefix ({@code -NEXT}), or the fixed description. */
  String suffix() {
    return suffix;
  }

  /** The short name the input dump labels annotations with. */
  String abbreviation() {
    return abbreviation;
  }
}
