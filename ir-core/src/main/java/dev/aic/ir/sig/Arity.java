package dev.aic.ir.sig;

/** How many values, regions or successors one named group of an op holds. */
public enum Arity {
  /** Exactly one. */
  SINGLE,
  /** Zero or one. */
  OPTIONAL,
  /** Any number. */
  VARIADIC
}
