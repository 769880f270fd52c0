package dev.aic.ir.diag;

import java.util.Locale;

/** How serious a diagnostic is; notes only ever hang off another diagnostic. */
public enum Severity {
  ERROR,
  WARNING,
  REMARK,
  NOTE;

  /** The word MLIR prints: {@code error}, {@code warning}, {@code remark}, {@code note}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
