package dev.aic.ir.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.attr.StridedLayoutAttr;
import java.util.List;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Types reject what {@code mlir-opt-22} rejects, with a clear message (the messages follow
 * mlir-opt's where it has one).
 */
class TypeValidationTest {
  private final Context c = new Context();
  private final FloatType f32 = FloatType.f32(c);

  private static void rejects(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void integerWidthIsBounded() {
    rejects(
        "integer bitwidth must be in 0..16777215, got 16777216", () -> IntegerType.get(c, 1 << 24));
    rejects("got -1", () -> IntegerType.get(c, -1));
    // mlir-opt-22 accepts i0 and i16777215.
    assertEquals(0, IntegerType.get(c, 0).width());
  }

  @Test
  void vectorDimsArePositiveAndStatic() {
    rejects(
        "vector types must have positive constant sizes but got 0",
        () -> VectorType.get(c, new long[] {4, 0}, f32));
    rejects(
        "vector types must have positive constant sizes but got ?",
        () -> VectorType.get(c, new long[] {ShapedType.DYNAMIC}, f32));
    rejects(
        "invalid vector element type: 'complex<f32>'",
        () -> VectorType.get(c, new long[] {4}, ComplexType.get(c, f32)));
    rejects(
        "invalid vector element type",
        () -> VectorType.get(c, new long[] {4}, VectorType.get(c, new long[] {4}, f32)));
    rejects(
        "invalid vector element type",
        () -> VectorType.get(c, new long[] {4}, OpaqueType.get(c, "foo", "bar")));
    rejects(
        "expected 2 scalable flags, got 1",
        () ->
            VectorType.get(c, LongLists.immutable.of(4, 4), f32, BooleanLists.immutable.of(true)));
  }

  @Test
  void tensorElementsAreNotContainers() {
    Type tensor = RankedTensorType.get(c, new long[] {2}, f32);
    rejects(
        "invalid tensor element type: 'tensor<2xf32>'",
        () -> RankedTensorType.get(c, new long[] {4}, tensor));
    rejects(
        "invalid tensor element type: 'memref<2xf32>'",
        () -> RankedTensorType.get(c, new long[] {4}, MemRefType.get(c, new long[] {2}, f32)));
    rejects(
        "invalid tensor element type: 'none'",
        () -> RankedTensorType.get(c, new long[] {4}, NoneType.get(c)));
    rejects("invalid tensor element type", () -> UnrankedTensorType.get(c, tensor));
    rejects(
        "tensor dimension 0 must be non-negative or ?, got -1",
        () -> RankedTensorType.get(c, new long[] {-1}, f32));
  }

  @Test
  void memrefElementsAndLayoutsAreChecked() {
    rejects(
        "invalid memref element type: 'tensor<2xf32>'",
        () -> MemRefType.get(c, new long[] {4}, RankedTensorType.get(c, new long[] {2}, f32)));
    rejects(
        "invalid memref element type: 'tuple<>'",
        () -> MemRefType.get(c, new long[] {4}, TupleType.get(c, List.of())));
    rejects(
        "invalid memref element type: '!foo.bar'",
        () -> MemRefType.get(c, new long[] {4}, OpaqueType.get(c, "foo", "bar")));
    rejects(
        "expected the number of strides to match the rank",
        () ->
            MemRefType.get(
                c, LongLists.immutable.of(4), f32, StridedLayoutAttr.get(c, 1, 1), null));
  }

  @Test
  void complexHoldsIntegersOrFloats() {
    rejects(
        "invalid element type for complex: 'index'", () -> ComplexType.get(c, IndexType.get(c)));
    rejects(
        "invalid element type for complex: 'complex<f32>'",
        () -> ComplexType.get(c, ComplexType.get(c, f32)));
  }

  @Test
  void shapedTypeQueries() {
    RankedTensorType t = RankedTensorType.get(c, new long[] {2, ShapedType.DYNAMIC, 4}, f32);
    assertEquals(3, t.rank());
    assertTrue(t.isDynamicDim(1));
    assertFalse(t.isDynamicDim(0));
    assertFalse(t.hasStaticShape());
    assertThrows(IllegalStateException.class, t::numElements);
    assertEquals(24, RankedTensorType.get(c, new long[] {2, 3, 4}, f32).numElements());
    assertEquals(1, VectorType.get(c, new long[] {}, f32).numElements());
    ShapedType unranked = UnrankedTensorType.get(c, f32);
    assertFalse(unranked.hasRank());
    assertFalse(unranked.hasStaticShape());
    assertThrows(IllegalStateException.class, unranked::rank);
  }
}
