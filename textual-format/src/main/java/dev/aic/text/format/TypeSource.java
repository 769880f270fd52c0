package dev.aic.text.format;

import dev.aic.ir.sig.Arity;
import dev.aic.ir.type.Type;
import java.util.function.UnaryOperator;

/**
 * Where the parser gets the types of an operand or result group: from the text, from another group
 * or a typed attribute the text gives (MLIR's type resolvers, possibly through a {@code
 * TypesMatchWith} transformer), or from the constraint's buildable type.
 *
 * @param kind the kind of source
 * @param index the operand or result group of {@code OPERAND}/{@code RESULT}
 * @param arity the resolver's arity: a single resolver's type applies to each value
 * @param type the type of {@code BUILDABLE}
 * @param attribute the attribute name of {@code ATTRIBUTE}
 * @param transform applied to each resolved type, or {@code null}
 */
record TypeSource(
    TypeSource.Kind kind,
    int index,
    Arity arity,
    Type type,
    String attribute,
    UnaryOperator<Type> transform) {
  /** The kinds of source. */
  enum Kind {
    PARSED,
    OPERAND,
    RESULT,
    ATTRIBUTE,
    BUILDABLE
  }

  /** The types are in the text. */
  static final TypeSource PARSED = new TypeSource(Kind.PARSED, -1, null, null, null, null);

  static TypeSource operand(int index, Arity arity) {
    return new TypeSource(Kind.OPERAND, index, arity, null, null, null);
  }

  static TypeSource result(int index, Arity arity) {
    return new TypeSource(Kind.RESULT, index, arity, null, null, null);
  }

  static TypeSource attribute(String name) {
    return new TypeSource(Kind.ATTRIBUTE, -1, Arity.SINGLE, null, name, null);
  }

  static TypeSource buildable(Type type) {
    return new TypeSource(Kind.BUILDABLE, -1, Arity.SINGLE, type, null, null);
  }

  /** This source with {@code function} applied to its types. */
  TypeSource transformed(UnaryOperator<Type> function) {
    return new TypeSource(kind, index, arity, type, attribute, function);
  }
}
