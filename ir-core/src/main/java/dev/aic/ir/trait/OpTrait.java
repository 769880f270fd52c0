package dev.aic.ir.trait;

import dev.aic.ir.Operation;

/**
 * A property that an operation definition declares, with one verifier that checks it. Traits
 * without parameters are singletons ({@code Commutative.INSTANCE}); parameterised traits are
 * records ({@code new HasParent(Set.of("func.func"))}). A definition holds at most one trait per
 * class, and {@link Operation#hasTrait} asks by class.
 */
public interface OpTrait {
  /**
   * Checks the invariant this trait promises; reports each violation as a diagnostic at the op.
   *
   * @return whether {@code op} satisfies the trait
   */
  default boolean verify(Operation op) {
    return true;
  }

  /**
   * Checks what needs the op's regions verified first (symbol uses, say); runs after them.
   *
   * @return whether {@code op} satisfies the trait
   */
  default boolean verifyRegions(Operation op) {
    return true;
  }
}
