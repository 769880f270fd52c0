package dev.aic.text;

import dev.aic.ir.loc.Location;

/**
 * An SSA use as written, {@code %name} or {@code %name#2}, before its type is known.
 *
 * @param name the name without {@code %}
 * @param number the result number after {@code #}, 0 when absent
 * @param location where it was written
 */
public record UnresolvedOperand(String name, int number, Location location) {}
