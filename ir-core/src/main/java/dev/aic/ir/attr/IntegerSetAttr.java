package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.affine.IntegerSet;
import java.util.Objects;

/**
 * An integer set as an attribute, {@code affine_set<(d0)[s0] : (d0 - s0 >= 0)>}, as {@code
 * affine.if} carries its condition.
 *
 * @param set the set
 */
public record IntegerSetAttr(IntegerSet set) implements Attribute {
  /** Validates the set. */
  public IntegerSetAttr {
    Objects.requireNonNull(set, "set");
  }

  /** The attribute for {@code set}, interned in {@code ctx}. */
  public static IntegerSetAttr get(Context ctx, IntegerSet set) {
    return ctx.intern(new IntegerSetAttr(set));
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("affine_set<").print(set.toString()).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof IntegerSetAttr that && Objects.equals(set, that.set);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(set);
  }
}
