/**
 * The {@code linalg} dialect: named and generic structured ops, the tensor-to-linalg lowering,
 * fusion, tiling and tile-and-fuse, bufferization, vectorization, and lowering to affine and scf
 * loops.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.dialect.linalg;
