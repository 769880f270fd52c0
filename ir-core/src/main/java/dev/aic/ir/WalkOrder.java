package dev.aic.ir;

/** The order in which a walk visits an op relative to the ops nested in it. */
public enum WalkOrder {
  /** The op first, then its regions. */
  PRE_ORDER,
  /** Its regions first, then the op; the visited op may be erased. */
  POST_ORDER
}
