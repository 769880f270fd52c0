package dev.aic.ir;

/** What a walk visitor asks for after visiting an op. */
public enum WalkResult {
  /** Go on. */
  ADVANCE,
  /** Do not visit this op's regions (meaningful in pre-order). */
  SKIP,
  /** Stop the whole walk. */
  INTERRUPT
}
