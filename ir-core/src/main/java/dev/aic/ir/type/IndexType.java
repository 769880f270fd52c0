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
}
