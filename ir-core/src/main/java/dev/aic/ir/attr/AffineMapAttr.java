package dev.aic.ir.attr;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.affine.AffineMap;
import java.util.Objects;

/**
 * An affine map as an attribute, {@code affine_map<(d0, d1) -> (d1, d0)>}. As a memref layout it
 * maps the memref's indices to the indices of its underlying buffer; the identity layout is the
 * default that memref types omit.
 *
 * @param map the map
 */
public record AffineMapAttr(AffineMap map) implements MemRefLayoutAttr {
  /** Validates the map. */
  public AffineMapAttr {
    Objects.requireNonNull(map, "map");
  }

  /** The attribute for {@code map}, interned in {@code ctx}. */
  public static AffineMapAttr get(Context ctx, AffineMap map) {
    return ctx.intern(new AffineMapAttr(map));
  }

  /** Whether the map is the identity on its dimensions. */
  @Override
  public boolean isIdentity() {
    return map.isIdentity();
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("affine_map<").print(map.toString()).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof AffineMapAttr that && Objects.equals(map, that.map);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(map);
  }
}
