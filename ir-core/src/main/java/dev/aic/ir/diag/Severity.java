package dev.aic.ir.diag;

import java.util.Locale;

/** How serious a diagnostic is; notes only ever hang off another diagnostic. */
public enum Severity {
  /** Something is wrong; the run fails. */
  ERROR,
  /** Something is suspicious; the run goes on. */
  WARNING,
  /** Information about what the compiler did, such as why a transform did not apply. */
  REMARK,
  /** Extra information attached to another diagnostic. */
  NOTE;

  /** The word MLIR prints: {@code error}, {@code warning}, {@code remark}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
