package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * One or more errors located in the check file (or a synthetic buffer), as LLVM's joined {@code
 * ErrorDiagnostic}s; {@link #print} renders each in order.
 */
final class PatternError extends Exception {
  private static final long serialVersionUID = 1L;

  /** One message, located unless {@code where} is null (as LLVM's plain {@code UndefVarError}). */
  record Located(Text where, String message) {}

  private final transient List<Located> errors = new ArrayList<>();

  PatternError(Text where, String message) {
    super(message, null, false, false);
    errors.add(new Located(where, message));
  }

  List<Located> errors() {
    return errors;
  }

  /** An error without a location, printed as its bare message. */
  static PatternError unlocated(String message) {
    return new PatternError(null, message);
  }

  /** Appends {@code other}'s errors after this one's, as {@code joinErrors}. */
  PatternError join(PatternError other) {
    errors.addAll(other.errors);
    return this;
  }

  /**
   * Prints each error; {@code logged} adds the blank line that {@code logAllUnhandledErrors} adds.
   */
  void print(StringBuilder out, boolean logged) {
    for (Located error : errors) {
      if (error.where() == null) {
        out.append(error.message());
      } else {
        error.where().error(out, error.message());
      }
      if (logged) {
        out.append('\n');
      }
    }
  }
}
