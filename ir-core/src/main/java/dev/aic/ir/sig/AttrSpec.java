package dev.aic.ir.sig;

import java.util.Objects;

/**
 * One named attribute of an op.
 *
 * @param name the attribute name ({@code $value} in formats)
 * @param optional whether it may be absent
 * @param inherent whether it is inherent (a property, printed {@code <{...}>} in generic form)
 * @param constraint what values it accepts
 */
public record AttrSpec(String name, boolean optional, boolean inherent, AttrConstraint constraint) {
  /** Validates the components. */
  public AttrSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(constraint, "constraint");
  }
}
