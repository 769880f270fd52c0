package dev.aic.ir.type;

/**
 * Marks the types a memref may hold, as MLIR's {@code MemRefElementTypeInterface}: integers, index,
 * floats, and dialect types that implement it. Complex, vector and memref types are allowed too.
 */
public interface MemRefElementType extends Type {}
