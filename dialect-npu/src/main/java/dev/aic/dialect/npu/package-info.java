/**
 * The {@code npu} dialect of a DaVinci-style accelerator (DESIGN.md §8): tile ops on memrefs with
 * memory spaces, the JSON hardware description, the linalg-to-npu lowering, sync insertion,
 * multi-buffering, memory planning, NPU kernel emission and the cycle-approximate simulator.
 *
 * <p>This module is filled by a later issue; it builds empty until then.
 */
package dev.aic.dialect.npu;
