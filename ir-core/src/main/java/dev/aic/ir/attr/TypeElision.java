package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.IntegerType;

/**
 * Where MLIR may elide an attribute's type (inside {@code [...]}, memref layouts and memory
 * spaces), the {@code i64} of an integer and the {@code f64} of a float are left out: {@code [1,
 * 2.0, 3 : i32]}.
 */
public final class TypeElision {
  private TypeElision() {}

  /** Whether {@code attribute} prints without its type where elision is allowed. */
  public static boolean elidesType(Attribute attribute) {
    return (attribute instanceof IntegerAttr i
            && i.type() instanceof IntegerType t
            && t.isSignless(64))
        // A hex literal without its type would read back as an integer, so f64 NaN and
        // infinities keep theirs, as MLIR prints them.
        || (attribute instanceof FloatAttr f
            && f.type().kind() == FloatKind.F64
            && !FloatPrinter.print(f.type().kind(), f.bits()).startsWith("0x"));
  }

  /** Prints {@code attribute}, without its type if {@link #elidesType}. */
  public static void printMayElide(AttrTypePrinter p, Attribute attribute) {
    if (elidesType(attribute)) {
      ((TypedAttr) attribute).printWithoutType(p);
    } else {
      p.printAttribute(attribute);
    }
  }
}
