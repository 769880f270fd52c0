package dev.aic.text;

import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;

/**
 * A region or block argument as written, {@code %arg0: i32 {attrs} loc(...)}.
 *
 * @param name the SSA name being defined
 * @param type the type, or {@code null} when not written
 * @param attributes argument attributes, or {@code null}
 * @param location the explicit location, or {@code null} to use where the name was written
 */
public record Argument(
    UnresolvedOperand name, Type type, DictionaryAttr attributes, Location location) {}
