package dev.aic.ir.attr;

/**
 * An attribute that can describe how a memref's indices map to memory: an affine map, a {@code
 * strided<...>} layout, or a dialect's own layout.
 */
public interface MemRefLayoutAttr extends Attribute {
  /** Whether this layout is the identity (row-major, contiguous), which memref types omit. */
  boolean isIdentity();
}
