package dev.aic.opt.filecheck;

/**
 * A directive's kind with its {@code -COUNT-n} repeat count and {@code {LITERAL}} modifier.
 *
 * @param kind what the directive does
 * @param count how many consecutive matches a {@code CHECK-COUNT-n} needs (1 otherwise)
 * @param literal whether the pattern is matched verbatim, without regex or variables
 */
record CheckType(CheckKind kind, int count, boolean literal) {
  static CheckType of(CheckKind kind) {
    return new CheckType(kind, 1, false);
  }

  CheckType withLiteral() {
    return new CheckType(kind, count, true);
  }

  boolean is(CheckKind other) {
    return kind == other;
  }

  /** The name used in messages, e.g. {@code CHECK-NEXT{LITERAL}} for prefix {@code CHECK}. */
  String description(String prefix) {
    String modifiers = literal ? "{LITERAL}" : "";
    return switch (kind) {
      case NONE, EOF, BAD_NOT, BAD_COUNT, MISSPELLED -> kind.suffix();
      case COMMENT -> prefix;
      case PLAIN -> prefix + (count > 1 ? "-COUNT" : "") + modifiers;
      default -> prefix + kind.suffix() + modifiers;
    };
  }

  /** The input dump's label stem, e.g. {@code next} or {@code count}. */
  String abbreviation() {
    return kind == CheckKind.PLAIN && count > 1 ? "count" : kind.abbreviation();
  }
}
