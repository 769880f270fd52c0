package dev.aic.ir.symbol;

import java.util.Locale;
import java.util.Optional;

/** Who may refer to a symbol, as its {@code sym_visibility} attribute says (public if absent). */
public enum Visibility {
  /** Visible from anywhere. */
  PUBLIC,
  /** Visible only inside the closest symbol table. */
  PRIVATE,
  /** Visible to the parent symbol table, but not beyond. */
  NESTED;

  /** The text of the attribute value. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The visibility spelled {@code text}, if any. */
  public static Optional<Visibility> parse(String text) {
    for (Visibility v : values()) {
      if (v.keyword().equals(text)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
