package dev.aic.text.builtin;

import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.type.Type;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import dev.aic.text.UnresolvedOperand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The custom form of {@code builtin.unrealized_conversion_cast}, MLIR's {@code ($inputs^ `:`
 * type($inputs))? `to` type($outputs) attr-dict}: {@code %1 = unrealized_conversion_cast %0 : i32
 * to f32}.
 */
final class UnrealizedConversionCastSyntax implements OpSyntax {
  /** The op name. */
  static final String OPERATION_NAME = "builtin.unrealized_conversion_cast";

  @Override
  public void print(Operation op, OpAsmPrinter p) {
    if (op.numOperands() != 0) {
      p.print(" ").printOperands(op.operands()).print(" : ").printTypes(op.operandTypes());
    }
    p.print(" to ").printTypes(op.resultTypes());
    p.printOptionalAttrDict(op.attributes(), Set.of());
  }

  @Override
  public void parse(OpAsmParser p, OperationState state) {
    List<UnresolvedOperand> inputs = p.parseOperandList("");
    if (!inputs.isEmpty()) {
      state.addOperands(p.resolveOperands(inputs, p.parseColonTypeList()));
    }
    p.parseKeyword("to");
    List<Type> outputs = new ArrayList<>();
    Optional<Type> first = p.parseOptionalType();
    if (first.isPresent()) {
      outputs.add(first.get());
      while (p.parseOptionalPunctuation(",")) {
        outputs.add(p.parseType());
      }
    }
    state.addTypes(outputs);
    p.parseOptionalAttrDict(state);
  }
}
