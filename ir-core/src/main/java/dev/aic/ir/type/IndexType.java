package dev.aic.ir.type;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;

/** The target's pointer-sized integer, {@code index}; attributes hold it as 64 bits. */
public record IndexType() implements MemRefElementType, VectorElementType {
  /** The bit width index attributes are stored with, as in MLIR. */
  public static final int STORAGE_WIDTH = 64;

  /** The index type of {@code ctx}. */
  public static IndexType get(Context ctx) {
    return ctx.intern(new IndexType());
  }

  @Override
  public void print(AttrTypePrinter p) {
    p.print("index");
  }

  @Override
  public String toString() {
    return "index";
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof IndexType;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
