package dev.aic.ir.trait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.UnrankedTensorType;
import dev.aic.ir.type.VectorType;
import dev.aic.ir.verify.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Traits that look at types, with MLIR 22's messages (checked with {@code mlir-opt-22} on {@code
 * arith.addi}, {@code math.absf} and {@code cf.cond_br}).
 */
class TypeTraitsTest {
  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type i32 = IntegerType.get(context, 32);
  private final Type i64 = IntegerType.get(context, 64);
  private final Type f32 = FloatType.f32(context);
  private final Type t4 = RankedTensorType.get(context, new long[] {4}, f32);
  private final Type tq = RankedTensorType.get(context, new long[] {ShapedType.DYNAMIC}, f32);
  private final Type t8 = RankedTensorType.get(context, new long[] {8}, f32);
  private final Type v4 = VectorType.get(context, new long[] {4}, f32);

  private Value value(Type type) {
    return ir.op("test.op", List.of(), List.of(type), 0).result(0);
  }

  private String error(String name, List<Type> operands, List<Type> results) {
    Operation op = ir.op(name, operands.stream().map(this::value).toList(), results, 0);
    return verify(op);
  }

  private String verify(Operation op) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      boolean ok = Verifier.verify(op);
      assertEquals(ok, capture.diagnostics().isEmpty());
      return ok ? null : capture.messages().get(0);
    }
  }

  @Test
  void sameOperandsAndResultType() {
    assertEquals(null, error("test.same_type", List.of(i32, i32), List.of(i32)));
    assertEquals(null, error("test.same_type", List.of(t4, tq), List.of(t4)), "? matches 4");
    assertEquals(
        "'test.same_type' op requires the same type for all operands and results",
        error("test.same_type", List.of(i32, i64), List.of(i32)));
    assertEquals(
        "'test.same_type' op requires the same type for all operands and results",
        error("test.same_type", List.of(t4), List.of(f32)));
    assertEquals(
        "'test.same_type' op requires the same type for all operands and results",
        error("test.same_type", List.of(t4), List.of(t8)));
    assertEquals(
        "'test.same_type' op expected 1 or more operands, but found 0",
        error("test.same_type", List.of(), List.of(i32)));
  }

  @Test
  void sameElementTypeAndShape() {
    assertEquals(null, error("test.same_element_type", List.of(t4, f32), List.of(v4)));
    assertEquals(
        "'test.same_element_type' op requires the same element type for all operands and results",
        error("test.same_element_type", List.of(t4), List.of(i32)));
    Type unranked = UnrankedTensorType.get(context, i32);
    assertEquals(null, error("test.same_shape", List.of(t4, unranked), List.of(tq)));
    assertEquals(
        "'test.same_shape' op requires the same shape for all operands and results",
        error("test.same_shape", List.of(t4), List.of(t8)));
  }

  @Test
  void elementwise() {
    assertEquals(null, error("test.elementwise", List.of(f32, f32), List.of(f32)));
    assertEquals(null, error("test.elementwise", List.of(t4, f32), List.of(tq)));
    assertEquals(
        "'test.elementwise' op if a result is non-scalar, then at least one operand must be"
            + " non-scalar",
        error("test.elementwise", List.of(f32), List.of(t4)));
    assertEquals(
        "'test.elementwise' op if an operand is non-scalar, then there must be at least one"
            + " non-scalar result",
        error("test.elementwise", List.of(t4), List.of(f32)));
    assertEquals(
        "'test.elementwise' op if an operand is non-scalar, then all results must be non-scalar",
        error("test.elementwise", List.of(t4), List.of(t4, f32)));
    assertEquals(
        "'test.elementwise' op all non-scalar operands/results must have the same shape and base"
            + " type",
        error("test.elementwise", List.of(t4), List.of(v4)));
  }

  @Test
  void segments() {
    Type i1 = IntegerType.get(context, 1);
    Operation op =
        ir.op("test.segments", List.of(value(i1), value(i32), value(i32)), List.of(i32), 0);
    op.setProperty(
        AttrSizedResultSegments.ATTRIBUTE, DenseArrayAttr.get(context, i32, new long[] {0, 1}));
    assertEquals(
        "'test.segments' op operand count (3) does not match with the total size (0) specified"
            + " in attribute 'operandSegmentSizes'",
        verify(op),
        "a missing attribute means no segments, as MLIR's default property");
    op.setProperty(
        AttrSizedOperandSegments.ATTRIBUTE, DenseArrayAttr.get(context, i32, new long[] {1, 2}));
    assertEquals(null, verify(op));
    assertEquals(op.operands().subList(1, 3), AttrSizedOperandSegments.segment(op, 1));
    assertEquals(List.of(op.result(0)), AttrSizedResultSegments.segment(op, 1));
    assertTrue(AttrSizedResultSegments.segment(op, 0).isEmpty());

    op.setProperty(
        AttrSizedOperandSegments.ATTRIBUTE, DenseArrayAttr.get(context, i32, new long[] {4, -1}));
    assertEquals(
        "'test.segments' op 'operandSegmentSizes' attribute cannot have negative elements",
        verify(op));
    op.setProperty(
        AttrSizedOperandSegments.ATTRIBUTE, DenseArrayAttr.get(context, i64, new long[] {1, 2}));
    assertEquals(
        "'test.segments' op requires dense i32 array attribute 'operandSegmentSizes'", verify(op));
  }
}
