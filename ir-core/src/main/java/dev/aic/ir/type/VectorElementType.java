package dev.aic.ir.type;

/**
 * Marks the types a vector may hold, as MLIR's {@code VectorElementTypeInterface}: integers, index,
 * floats, and dialect types that implement it.
 */
public interface VectorElementType extends Type {}
