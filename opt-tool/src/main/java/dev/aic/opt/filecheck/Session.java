package dev.aic.opt.filecheck;

import java.util.List;

/**
 * What one check run reports to: the request, the stderr text being built, and the diagnostics kept
 * for the input dump (null when the dump is off, as LLVM passes no list then).
 */
final class Session {
  private final FileCheckRequest request;
  private final StringBuilder err;
  private final List<MatchDiag> diags;
  private final Source input;

  Session(FileCheckRequest request, StringBuilder err, List<MatchDiag> diags, Source input) {
    this.request = request;
    this.err = err;
    this.diags = diags;
    this.input = input;
  }

  /** The input buffer that matches and notes point into. */
  Source input() {
    return input;
  }

  FileCheckRequest request() {
    return request;
  }

  StringBuilder err() {
    return err;
  }

  /** The dump's diagnostics, or null when nobody will render them. */
  List<MatchDiag> diags() {
    return diags;
  }
}
