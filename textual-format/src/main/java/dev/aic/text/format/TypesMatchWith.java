package dev.aic.text.format;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.TypedAttr;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.type.Type;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * MLIR's {@code TypesMatchWith}: the type of {@code to} is {@code transform} of the type of {@code
 * from} (an operand, result or typed attribute), as {@code memref.load}'s result is the element
 * type of its memref. Assembly formats then leave the type of {@code to} out; the verifier checks
 * it.
 *
 * @param from the operand, result or attribute whose type is given
 * @param to the operand or result whose type follows
 * @param summary the description in the verifier's message ({@code result type matches element type
 *     of 'memref'})
 * @param signature the op's signature, to find the values by name
 * @param transform computes the type of {@code to}
 */
public record TypesMatchWith(
    String from, String to, String summary, OpSignature signature, UnaryOperator<Type> transform)
    implements OpTrait {
  /** Validates the components. */
  public TypesMatchWith {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(transform, "transform");
  }

  @Override
  public boolean verify(Operation op) {
    List<Type> source = types(op, from);
    List<Type> target = types(op, to);
    if (source == null || target == null || source.size() != 1) {
      return true;
    }
    for (Type type : target) {
      if (!transform.apply(source.get(0)).equals(type)) {
        op.emitOpError("failed to verify that " + summary);
        return false;
      }
    }
    return true;
  }

  private List<Type> types(Operation op, String name) {
    for (int i = 0; i < signature.operands().size(); i++) {
      if (signature.operands().get(i).name().equals(name)) {
        return CompiledFormat.split(
                op.operandTypes(), CompiledFormat.arities(signature.operands()), null)
            .get(i);
      }
    }
    for (int i = 0; i < signature.results().size(); i++) {
      if (signature.results().get(i).name().equals(name)) {
        return CompiledFormat.split(
                op.resultTypes(), CompiledFormat.arities(signature.results()), null)
            .get(i);
      }
    }
    return op.inherentOrDiscardable(name).orElse(null) instanceof TypedAttr typed
        ? List.of(typed.type())
        : null;
  }
}
