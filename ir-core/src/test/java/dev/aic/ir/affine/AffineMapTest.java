package dev.aic.ir.affine;

import static dev.aic.ir.affine.AffineExpr.add;
import static dev.aic.ir.affine.AffineExpr.constant;
import static dev.aic.ir.affine.AffineExpr.dim;
import static dev.aic.ir.affine.AffineExpr.floorDiv;
import static dev.aic.ir.affine.AffineExpr.mul;
import static dev.aic.ir.affine.AffineExpr.sub;
import static dev.aic.ir.affine.AffineExpr.symbol;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.MemRefLayoutAttr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Affine maps: factories, predicates, composition, inversion and MLIR 22's printed form. */
class AffineMapTest {
  private static final AffineExpr d0 = dim(0);
  private static final AffineExpr d1 = dim(1);
  private static final AffineExpr d2 = dim(2);
  private static final AffineExpr s0 = symbol(0);
  private static final AffineExpr s1 = symbol(1);

  @Test
  void printsAsMlirOpt() {
    // Expected strings as printed by mlir-opt-22 for the same maps.
    AffineMap withSymbols =
        AffineMap.get(
            2,
            2,
            add(d0, s0),
            floorDiv(d1, s1),
            mul(s0, constant(4)),
            sub(sub(d0, d1), constant(1)));
    assertEquals(
        "(d0, d1)[s0, s1] -> (d0 + s0, d1 floordiv s1, s0 * 4, d0 - d1 - 1)",
        withSymbols.toString());
    assertEquals("() -> ()", AffineMap.empty().toString());
    assertEquals("(d0, d1) -> ()", AffineMap.empty(2, 0).toString());
    assertEquals("()[s0] -> (s0)", AffineMap.get(0, 1, s0).toString());
    assertEquals("() -> (42)", AffineMap.constant(42).toString());
    assertEquals("(d0, d1, d2) -> (d2, d0, d1)", AffineMap.permutation(2, 0, 1).toString());
  }

  @Test
  void attributePrintsAndInterns() {
    Context ctx = new Context();
    AffineMapAttr attr = AffineMapAttr.get(ctx, AffineMap.identity(1));
    assertEquals("affine_map<(d0) -> (d0)>", attr.toString());
    assertSame(attr, AffineMapAttr.get(ctx, AffineMap.identity(1)));
    MemRefLayoutAttr layout = attr;
    assertTrue(layout.isIdentity());
    assertFalse(new AffineMapAttr(AffineMap.permutation(1, 0)).isIdentity());
    assertSame(AffineMap.get(ctx, 1, 0, List.of(d0)), AffineMap.get(ctx, 1, 0, List.of(dim(0))));
  }

  @Test
  void factories() {
    assertEquals(AffineMap.get(2, 0, d0, d1), AffineMap.identity(2));
    assertEquals(AffineMap.get(3, 0, d1, d2), AffineMap.minorIdentity(3, 2));
    assertEquals("(d0, d1, d2) -> ()", AffineMap.minorIdentity(3, 0).toString());
    assertThrows(IllegalArgumentException.class, () -> AffineMap.permutation(0, 0));
    assertThrows(IllegalArgumentException.class, () -> AffineMap.get(1, 0, d1));
    assertThrows(IllegalArgumentException.class, () -> AffineMap.get(1, 0, s0));
  }

  @Test
  void predicates() {
    assertTrue(AffineMap.identity(3).isIdentity());
    assertTrue(AffineMap.get(2, 1, d0, d1).isIdentity());
    assertFalse(AffineMap.get(2, 0, d0).isIdentity());
    assertFalse(AffineMap.get(2, 0, d1, d0).isIdentity());
    assertTrue(AffineMap.empty().isIdentity());

    assertTrue(AffineMap.get(2, 0, d1, d0).isPermutation());
    assertFalse(AffineMap.get(3, 0, d2, d0).isPermutation());
    assertTrue(AffineMap.get(3, 0, d2, d0).isProjectedPermutation());
    assertFalse(AffineMap.get(2, 0, d0, d0).isProjectedPermutation());
    assertFalse(AffineMap.get(2, 1, d1, d0).isProjectedPermutation());
    assertFalse(AffineMap.get(3, 0, d2, constant(0)).isProjectedPermutation());
    assertTrue(AffineMap.get(3, 0, d2, constant(0)).isProjectedPermutation(true));
    assertFalse(AffineMap.get(3, 0, d2, constant(1)).isProjectedPermutation(true));

    assertTrue(AffineMap.constant(7).isSingleConstant());
    assertEquals(7, AffineMap.constant(7).singleConstantResult());
    assertFalse(AffineMap.get(0, 0, constant(1), constant(2)).isSingleConstant());
    assertFalse(AffineMap.get(1, 0, d0).isSingleConstant());
    assertTrue(AffineMap.empty().isEmpty());
    assertFalse(AffineMap.empty(1, 0).isEmpty());
  }

  @Test
  void composeConcatenatesSymbolsThisMapFirst() {
    // (d0, d1)[s0, s1] -> (d0 + 1 + s1, d1 - 1 - s0)  after  (d0)[s0] -> (d0 + s0, d0 - s0)
    AffineMap f = AffineMap.get(2, 2, add(add(d0, 1), s1), sub(sub(d1, constant(1)), s0));
    AffineMap g = AffineMap.get(1, 1, add(d0, s0), sub(d0, s0));
    AffineMap composed = f.compose(g);
    assertEquals("(d0)[s0, s1, s2] -> (d0 + s2 + s1 + 1, d0 - s2 - s0 - 1)", composed.toString());
    assertThrows(IllegalArgumentException.class, () -> g.compose(f));
  }

  @Test
  void inversePermutation() {
    AffineMap perm = AffineMap.permutation(1, 2, 0);
    assertEquals(AffineMap.permutation(2, 0, 1), perm.inversePermutation().orElseThrow());
    // Extra results: the first occurrence of each dimension wins.
    AffineMap projected = AffineMap.get(2, 0, d1, d0, d1);
    assertEquals(
        "(d0, d1, d2) -> (d1, d0)", projected.inversePermutation().orElseThrow().toString());
    // A dimension that is no result: not invertible.
    assertEquals(Optional.empty(), AffineMap.get(2, 0, d0, constant(0)).inversePermutation());
    assertEquals(Optional.empty(), AffineMap.get(2, 0, add(d0, d1), d1).inversePermutation());
    assertEquals(Optional.of(AffineMap.empty()), AffineMap.empty().inversePermutation());
    assertThrows(IllegalStateException.class, () -> AffineMap.get(1, 1, d0).inversePermutation());
  }

  @Test
  void subMapAndDropResults() {
    AffineMap map = AffineMap.get(3, 1, d0, add(d1, s0), d2);
    assertEquals(AffineMap.get(3, 1, d2, d0), map.subMap(2, 0));
    assertEquals(AffineMap.get(3, 1, add(d1, s0)), map.dropResults(0, 2));
    assertEquals(map, map.dropResults());
    assertThrows(IndexOutOfBoundsException.class, () -> map.dropResults(3));
  }

  @Test
  void replaceAndShift() {
    AffineMap map = AffineMap.get(2, 1, add(d0, s0), mul(d1, constant(2)));
    AffineMap replaced = map.replaceDimsAndSymbols(List.of(d1, constant(3)), List.of(d0), 2, 0);
    assertEquals("(d0, d1) -> (d0 + d1, 6)", replaced.toString());
    assertEquals("(d0, d1, d2)[s0] -> (d0 + s0, d2 * 2)", map.shiftDims(1, 1).toString());
    assertEquals("(d0, d1)[s0, s1, s2] -> (d0 + s2, d1 * 2)", map.shiftSymbols(2, 0).toString());
  }

  @Test
  void simplifyRebuildsVerbatimResults() {
    AffineExpr raw =
        new AffineBinaryExpr(
            AffineExprKind.ADD,
            new AffineConstantExpr(3),
            new AffineBinaryExpr(AffineExprKind.MUL, d0, new AffineConstantExpr(1)));
    AffineMap map = new AffineMap(1, 0, List.of(raw));
    assertEquals("(d0) -> (3 + d0 * 1)", map.toString());
    assertEquals("(d0) -> (d0 + 3)", map.simplify().toString());
  }

  @Test
  void evaluate() {
    AffineMap map =
        AffineMap.get(2, 1, add(d0, s0), floorDiv(d1, constant(-3)), AffineExpr.mod(d0, s0));
    assertArrayEquals(
        new long[] {2, -3, 2}, map.evaluate(new long[] {-1, 7}, new long[] {3}).get());
    assertEquals(Optional.empty(), map.evaluate(new long[] {5, 1}, new long[] {0}));
    assertThrows(
        IllegalArgumentException.class, () -> map.evaluate(new long[] {1}, new long[] {1}));
  }

  @Test
  void exprQueries() {
    AffineExpr e = add(mul(d0, constant(6)), mul(s0, constant(4)));
    assertEquals(2, e.largestKnownDivisor());
    assertTrue(e.isMultipleOf(2));
    assertFalse(e.isMultipleOf(4));
    assertTrue(mul(d0, constant(6)).isMultipleOf(3));
    assertTrue(e.isPureAffine());
    assertFalse(mul(d0, s0).isPureAffine());
    assertFalse(floorDiv(d0, s0).isPureAffine());
    assertTrue(add(s0, constant(1)).isSymbolicOrConstant());
    assertFalse(e.isSymbolicOrConstant());
    assertTrue(e.isFunctionOfDim(0));
    assertFalse(e.isFunctionOfDim(1));
    assertTrue(e.isFunctionOfSymbol(0));
    List<String> visited = new ArrayList<>();
    add(d0, s0).walk(x -> visited.add(x.toString()));
    assertEquals(List.of("d0", "s0", "d0 + s0"), visited);
    assertEquals("d2 + s0", add(d0, s0).shiftDims(1, 2).toString());
    assertEquals("d0 + s1", add(d0, s0).shiftSymbols(1, 1).toString());
    assertEquals(
        OptionalLong.empty(), AffineExpr.ceilDiv(d0, s0).evaluate(new long[] {1}, new long[] {0}));
    assertEquals(
        "d1 * 2 + 1",
        mul(add(d0, constant(1)), s0)
            .compose(AffineMap.get(2, 0, mul(d1, constant(2))))
            .replaceSymbols(List.of(constant(1)))
            .toString());
  }
}
