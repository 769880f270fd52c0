package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.util.List;

/** All operands and results have one element type (or are of that scalar type). */
public final class SameOperandsAndResultElementType implements OpTrait {
  /** The trait. */
  public static final SameOperandsAndResultElementType INSTANCE =
      new SameOperandsAndResultElementType();

  private SameOperandsAndResultElementType() {}

  @Override
  public boolean verify(Operation op) {
    if (!new AtLeastNOperands(1).verify(op) || !new AtLeastNResults(1).verify(op)) {
      return false;
    }
    Type elementType = ShapedType.elementTypeOrSelf(op.result(0).type());
    for (List<Type> types : List.of(op.resultTypes(), op.operandTypes())) {
      for (Type type : types) {
        if (!ShapedType.elementTypeOrSelf(type).equals(elementType)) {
          op.emitOpError("requires the same element type for all operands and results");
          return false;
        }
      }
    }
    return true;
  }
}
