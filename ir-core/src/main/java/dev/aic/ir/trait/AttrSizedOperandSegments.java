package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import java.util.List;

/**
 * The op's operands form groups whose sizes its {@code operandSegmentSizes} attribute gives, as
 * {@code scf.for}-like and {@code cf.cond_br} ops with several variadic groups need.
 */
public final class AttrSizedOperandSegments extends ValueSegments {
  /** The trait. */
  public static final AttrSizedOperandSegments INSTANCE = new AttrSizedOperandSegments();

  /** The attribute that holds the sizes. */
  public static final String ATTRIBUTE = "operandSegmentSizes";

  private AttrSizedOperandSegments() {
    super(ATTRIBUTE, "operand");
  }

  @Override
  int count(Operation op) {
    return op.numOperands();
  }

  /** The operands of group {@code segment} of {@code op}, which must have valid sizes. */
  public static List<Value> segment(Operation op, int segment) {
    int start = INSTANCE.start(op, segment);
    return op.operands().subList(start, start + INSTANCE.size(op, segment));
  }
}
