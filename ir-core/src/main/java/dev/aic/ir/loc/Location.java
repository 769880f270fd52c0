package dev.aic.ir.loc;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.attr.Attribute;

/**
 * Where an operation, block argument or diagnostic comes from. Locations are attributes, as in
 * MLIR, and print as {@code loc(...)}; nested inside another location only the body shows.
 */
public sealed interface Location extends Attribute
    permits UnknownLoc, FileLineColLoc, NameLoc, CallSiteLoc, FusedLoc {
  /** Writes what stands between the parentheses of {@code loc(...)}. */
  void printBody(AttrTypePrinter p);

  @Override
  default void print(AttrTypePrinter p) {
    p.print("loc(").printLocation(this).print(')');
  }

  /**
   * The file position this location points at, if any: a file location itself, or the one inside a
   * name, the callee of a call site, or the first one among fused locations.
   */
  default FileLineColLoc filePosition() {
    return null;
  }

  /** The unknown location. */
  static Location unknown() {
    return UnknownLoc.INSTANCE;
  }
}
