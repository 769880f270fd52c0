package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;

/** All operands and results have compatible shapes (dynamic dimensions match anything). */
public final class SameOperandsAndResultShape implements OpTrait {
  /** The trait. */
  public static final SameOperandsAndResultShape INSTANCE = new SameOperandsAndResultShape();

  private SameOperandsAndResultShape() {}

  @Override
  public boolean verify(Operation op) {
    if (!new AtLeastNOperands(1).verify(op) || !new AtLeastNResults(1).verify(op)) {
      return false;
    }
    List<Type> types = new ArrayList<>(op.operandTypes());
    types.addAll(op.resultTypes());
    for (Type type : types) {
      if (!ShapedType.haveCompatibleShapes(types.get(0), type)) {
        op.emitOpError("requires the same shape for all operands and results");
        return false;
      }
    }
    return true;
  }
}
