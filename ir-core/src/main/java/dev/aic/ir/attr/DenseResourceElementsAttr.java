package dev.aic.ir.attr;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.ShapedType;
import java.util.Objects;

/**
 * Elements stored in a named blob of the file's resource section, {@code dense_resource<blob1> :
 * tensor<4xf32>}. Only the handle's name and the type are held here; the blob lives with the
 * module's resources.
 *
 * @param type the shaped type of the elements
 * @param blobName the resource key
 */
public record DenseResourceElementsAttr(ShapedType type, String blobName) implements TypedAttr {
  /** Validates the components. */
  public DenseResourceElementsAttr {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(blobName, "blobName");
    if (!type.hasStaticShape()) {
      throw new IllegalArgumentException("dense_resource needs a static shape, got '" + type + "'");
    }
  }

  /** {@code dense_resource<blobName> : type}. */
  public static DenseResourceElementsAttr get(Context ctx, ShapedType type, String blobName) {
    return ctx.intern(new DenseResourceElementsAttr(type, blobName));
  }

  @Override
  public void printWithoutType(AttrTypePrinter p) {
    p.print("dense_resource<").print(AsmText.keyword(blobName)).print('>');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof DenseResourceElementsAttr that
        && Objects.equals(type, that.type)
        && Objects.equals(blobName, that.blobName);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(type);
    hash = 31 * hash + Objects.hashCode(blobName);
    return hash;
  }
}
