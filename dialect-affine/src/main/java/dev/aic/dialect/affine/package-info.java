/**
 * The {@code affine} dialect: affine loops, loads and stores, polyhedral dependence analysis, loop
 * transformations (tiling, interchange, unroll-and-jam, fusion, skewing, parallelisation) and the
 * lowering to {@code scf}.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.dialect.affine;
