package dev.aic.ir.diag;

import dev.aic.ir.loc.Location;
import java.util.Objects;

/**
 * Extra information attached to a diagnostic, at its own location ({@code note: see existing symbol
 * definition here}).
 *
 * @param location where the note points
 * @param message the text
 */
public record Note(Location location, String message) {
  /** Validates the components. */
  public Note {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }
}
