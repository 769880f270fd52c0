package dev.aic.ir.sig;

import dev.aic.ir.type.Type;
import java.util.function.Predicate;

/**
 * What a value's type must be, with the phrase verifiers use ({@code signless-integer-like}), and
 * the one type it must be when that is fixed (so assembly formats can leave it out).
 */
public interface TypeConstraint {
  /** Any type. */
  TypeConstraint ANY = of("any type", t -> true);

  /** Whether {@code type} satisfies the constraint. */
  boolean accepts(Type type);

  /** How messages describe the constraint: {@code 'x' op operand #0 must be <summary>}. */
  String summary();

  /** The only type allowed, when there is one ({@code I1} → {@code i1}); else {@code null}. */
  default Type buildableType() {
    return null;
  }

  /** A constraint from a predicate and its summary. */
  static TypeConstraint of(String summary, Predicate<Type> predicate) {
    return new TypeConstraint() {
      @Override
      public boolean accepts(Type type) {
        return predicate.test(type);
      }

      @Override
      public String summary() {
        return summary;
      }
    };
  }
}
