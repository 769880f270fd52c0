package dev.aic.ir.iface;

import dev.aic.ir.Value;

/**
 * One effect an op has on memory: what it does, and on which value (a memref, say) if known.
 *
 * @param kind what the op does
 * @param value the value whose memory is affected, or {@code null} for unknown memory
 */
public record MemoryEffect(Kind kind, Value value) {
  /** The kinds of effect, as in MLIR's {@code MemoryEffects}. */
  public enum Kind {
    /** Reads memory. */
    READ,
    /** Writes memory. */
    WRITE,
    /** Allocates memory. */
    ALLOCATE,
    /** Frees memory. */
    FREE
  }
}
