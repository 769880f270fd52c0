package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.type.IntegerType;
import org.eclipse.collections.api.list.primitive.ImmutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * Splits an op's operands or results into consecutive groups whose sizes an inherent {@code
 * array<i32: ...>} attribute gives, for ops with several variadic operand or result groups.
 */
abstract sealed class ValueSegments implements OpTrait
    permits AttrSizedOperandSegments, AttrSizedResultSegments {
  private final String attributeName;
  private final String valueGroup;

  ValueSegments(String attributeName, String valueGroup) {
    this.attributeName = attributeName;
    this.valueGroup = valueGroup;
  }

  /** The number of values the segments must add up to. */
  abstract int count(Operation op);

  /** The name of the sizes attribute. */
  public final String attributeName() {
    return attributeName;
  }

  /**
   * The segment sizes of {@code op}: none when the attribute is missing (as MLIR's default
   * property), {@code null} when it is not an {@code array<i32: ...>}.
   */
  final ImmutableLongList sizes(Operation op) {
    Attribute attr = op.inherentOrDiscardable(attributeName).orElse(null);
    if (attr == null) {
      return LongLists.immutable.empty();
    }
    return attr instanceof DenseArrayAttr array
            && array.elementType() instanceof IntegerType t
            && t.isSignless(32)
        ? array.values()
        : null;
  }

  /** The index of the first value of segment {@code segment} of {@code op}. */
  final int start(Operation op, int segment) {
    ImmutableLongList sizes = sizes(op);
    if (sizes == null) {
      throw new IllegalStateException(op.name() + " lacks a valid '" + attributeName + "'");
    }
    int start = 0;
    for (int i = 0; i < segment; i++) {
      start += (int) sizes.get(i);
    }
    return start;
  }

  /** The size of segment {@code segment} of {@code op}. */
  final int size(Operation op, int segment) {
    return (int) sizes(op).get(segment);
  }

  @Override
  public final boolean verify(Operation op) {
    ImmutableLongList sizes = sizes(op);
    if (sizes == null) {
      op.emitOpError("requires dense i32 array attribute '" + attributeName + "'");
      return false;
    }
    if (sizes.anySatisfy(size -> size < 0)) {
      op.emitOpError("'" + attributeName + "' attribute cannot have negative elements");
      return false;
    }
    long total = sizes.sum();
    if (total != count(op)) {
      op.emitOpError(
          valueGroup
              + " count ("
              + count(op)
              + ") does not match with the total size ("
              + total
              + ") specified in attribute '"
              + attributeName
              + "'");
      return false;
    }
    return true;
  }
}
