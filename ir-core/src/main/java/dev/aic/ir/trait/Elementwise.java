package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.TensorType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.VectorType;
import java.util.ArrayList;
import java.util.List;

/**
 * The op applies elementwise to tensors or vectors: if any operand or result is a tensor or vector,
 * all results are, of the same kind and a compatible shape as every non-scalar operand.
 */
public final class Elementwise implements OpTrait {
  /** The trait. */
  public static final Elementwise INSTANCE = new Elementwise();

  private Elementwise() {}

  @Override
  public boolean verify(Operation op) {
    List<Type> results = mappable(op.resultTypes());
    List<Type> operands = mappable(op.operandTypes());
    if (results.isEmpty() && operands.isEmpty()) {
      return true;
    }
    if (operands.isEmpty()) {
      op.emitOpError("if a result is non-scalar, then at least one operand must be non-scalar");
      return false;
    }
    if (results.isEmpty()) {
      op.emitOpError(
          "if an operand is non-scalar, then there must be at least one non-scalar result");
      return false;
    }
    if (results.size() != op.numResults()) {
      op.emitOpError("if an operand is non-scalar, then all results must be non-scalar");
      return false;
    }
    List<Type> all = new ArrayList<>(operands);
    all.addAll(results);
    boolean vectors = all.get(0) instanceof VectorType;
    for (Type type : all) {
      if ((type instanceof VectorType) != vectors
          || !ShapedType.haveCompatibleShapes(all.get(0), type)) {
        op.emitOpError("all non-scalar operands/results must have the same shape and base type");
        return false;
      }
    }
    return true;
  }

  private static List<Type> mappable(List<Type> types) {
    return types.stream().filter(t -> t instanceof VectorType || t instanceof TensorType).toList();
  }
}
