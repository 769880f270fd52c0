package dev.aic.ir.sig;

import java.util.Objects;

/**
 * One named operand or result group of an op, as its spec declares it ({@code lhs}, {@code inputs:
 * Variadic<AnyType>}).
 *
 * @param name the name used by accessors and assembly formats ({@code $lhs})
 * @param arity how many values the group holds
 * @param constraint what the types must satisfy
 */
public record ValueSpec(String name, Arity arity, TypeConstraint constraint) {
  /** Validates the components. */
  public ValueSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arity, "arity");
    Objects.requireNonNull(constraint, "constraint");
  }

  /** A single value of any type. */
  public static ValueSpec single(String name) {
    return new ValueSpec(name, Arity.SINGLE, TypeConstraint.ANY);
  }

  /** A variadic group of any types. */
  public static ValueSpec variadic(String name) {
    return new ValueSpec(name, Arity.VARIADIC, TypeConstraint.ANY);
  }
}
