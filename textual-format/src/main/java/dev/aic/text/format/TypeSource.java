package dev.aic.text.format;

import dev.aic.ir.sig.Arity;
import dev.aic.ir.type.Type;

/**
 * Where the parser gets the types of an operand or result group: from the text, from another group
 * whose types the text gives (MLIR's type resolvers), or from the constraint's buildable type.
 *
 * @param kind the kind of source
 * @param index the operand or result group of {@code OPERAND}/{@code RESULT}
 * @param arity that group's arity: a single resolver's type applies to each value
 * @param type the type of {@code BUILDABLE}
 */
record TypeSource(TypeSource.Kind kind, int index, Arity arity, Type type) {
  /** The kinds of source. */
  enum Kind {
    PARSED,
    OPERAND,
    RESULT,
    BUILDABLE
  }

  /** The types are in the text. */
  static final TypeSource PARSED = new TypeSource(Kind.PARSED, -1, null, null);

  static TypeSource operand(int index, Arity arity) {
    return new TypeSource(Kind.OPERAND, index, arity, null);
  }

  static TypeSource result(int index, Arity arity) {
    return new TypeSource(Kind.RESULT, index, arity, null);
  }

  static TypeSource buildable(Type type) {
    return new TypeSource(Kind.BUILDABLE, -1, Arity.SINGLE, type);
  }
}
