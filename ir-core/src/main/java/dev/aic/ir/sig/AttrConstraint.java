package dev.aic.ir.sig;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.type.Type;
import java.util.function.Predicate;

/**
 * What an attribute must be, with the phrase verifiers use ({@code 64-bit signless integer
 * attribute}). A constraint whose values all have one type names it, so assembly formats print
 * {@code 42} rather than {@code 42 : i64}. The textual format looks for further syntax interfaces
 * on a constraint (enum keywords, say).
 */
public interface AttrConstraint {
  /** Any attribute. */
  AttrConstraint ANY = of("any attribute", a -> true);

  /** Whether {@code attribute} satisfies the constraint. */
  boolean accepts(Attribute attribute);

  /** How messages describe the constraint. */
  String summary();

  /** The type every value has, which formats leave out; {@code null} when not fixed. */
  default Type valueType() {
    return null;
  }

  /** A constraint from a predicate and its summary. */
  static AttrConstraint of(String summary, Predicate<Attribute> predicate) {
    return new AttrConstraint() {
      @Override
      public boolean accepts(Attribute attribute) {
        return predicate.test(attribute);
      }

      @Override
      public String summary() {
        return summary;
      }
    };
  }
}
