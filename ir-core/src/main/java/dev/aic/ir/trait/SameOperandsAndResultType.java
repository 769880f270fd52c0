package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.util.List;
import java.util.Objects;

/**
 * All operands and results have one type, up to dynamic dimensions: {@code tensor<?xf32>} and
 * {@code tensor<4xf32>} agree, as in MLIR; tensor encodings must match exactly.
 */
public final class SameOperandsAndResultType implements OpTrait {
  /** The trait. */
  public static final SameOperandsAndResultType INSTANCE = new SameOperandsAndResultType();

  private SameOperandsAndResultType() {}

  @Override
  public boolean verify(Operation op) {
    if (!new AtLeastNOperands(1).verify(op) || !new AtLeastNResults(1).verify(op)) {
      return false;
    }
    Type type = op.result(0).type();
    Type elementType = ShapedType.elementTypeOrSelf(type);
    Attribute encoding = type instanceof RankedTensorType ranked ? ranked.encoding() : null;
    for (List<Type> types :
        List.of(op.resultTypes().subList(1, op.numResults()), op.operandTypes())) {
      for (Type other : types) {
        if (!ShapedType.elementTypeOrSelf(other).equals(elementType)
            || !ShapedType.haveCompatibleShapes(other, type)) {
          op.emitOpError("requires the same type for all operands and results");
          return false;
        }
        if (encoding != null
            && !(other instanceof RankedTensorType ranked
                && Objects.equals(ranked.encoding(), encoding))) {
          op.emitOpError("requires the same encoding for all operands and results");
          return false;
        }
      }
    }
    return true;
  }
}
