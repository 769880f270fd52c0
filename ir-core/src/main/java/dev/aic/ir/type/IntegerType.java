package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import java.util.Objects;

/**
 * An integer of a fixed bit width, signless ({@code i32}), signed ({@code si8}) or unsigned ({@code
 * ui64}). Widths range over 0..{@value #MAX_WIDTH}, as in MLIR.
 *
 * @param width the number of bits
 * @param signedness how the bits are interpreted
 */
public record IntegerType(int width, Signedness signedness)
    implements MemRefElementType, VectorElementType {
  /** The widest integer MLIR accepts, {@code 2^24 - 1} bits. */
  public static final int MAX_WIDTH = (1 << 24) - 1;

  /** How an integer type interprets its bits. */
  public enum Signedness {
    /** No sign semantics ({@code i32}); operations decide. Printed signed. */
    SIGNLESS(""),
    /** Two's complement ({@code si32}). */
    SIGNED("s"),
    /** Unsigned ({@code ui32}). */
    UNSIGNED("u");

    private final String prefix;

    Signedness(String prefix) {
      this.prefix = prefix;
    }

    /** The prefix before {@code i} in the type's text: empty, {@code s} or {@code u}. */
    public String prefix() {
      return prefix;
    }
  }

  /** Validates the width. */
  public IntegerType {
    Objects.requireNonNull(signedness, "signedness");
    if (width < 0 || width > MAX_WIDTH) {
      throw new IllegalArgumentException(
          "integer bitwidth must be in 0.." + MAX_WIDTH + ", got " + width);
    }
  }

  /** The signless integer type {@code i<width>}. */
  public static IntegerType get(Context ctx, int width) {
    return ctx.intern(new IntegerType(width, Signedness.SIGNLESS));
  }

  /** The integer type of this width and signedness. */
  public static IntegerType get(Context ctx, int width, Signedness signedness) {
    return ctx.intern(new IntegerType(width, signedness));
  }

  /** Whether this is a signless integer. */
  public boolean isSignless() {
    return signedness == Signedness.SIGNLESS;
  }

  /** Whether this is an explicitly signed integer. */
  public boolean isSigned() {
    return signedness == Signedness.SIGNED;
  }

  /** Whether this is an unsigned integer. */
  public boolean isUnsigned() {
    return signedness == Signedness.UNSIGNED;
  }

  /** Whether this is the signless type of width {@code w}, e.g. {@code i1} for booleans. */
  public boolean isSignless(int w) {
    return isSignless() && width == w;
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print(signedness.prefix()).print('i').print(Integer.toString(width));
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof IntegerType that
        && width == that.width
        && Objects.equals(signedness, that.signedness);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Integer.hashCode(width);
    hash = 31 * hash + Objects.hashCode(signedness);
    return hash;
  }
}
