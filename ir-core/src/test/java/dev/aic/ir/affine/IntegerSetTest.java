package dev.aic.ir.affine;

import static dev.aic.ir.affine.AffineExpr.add;
import static dev.aic.ir.affine.AffineExpr.constant;
import static dev.aic.ir.affine.AffineExpr.dim;
import static dev.aic.ir.affine.AffineExpr.mod;
import static dev.aic.ir.affine.AffineExpr.mul;
import static dev.aic.ir.affine.AffineExpr.neg;
import static dev.aic.ir.affine.AffineExpr.sub;
import static dev.aic.ir.affine.AffineExpr.symbol;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.attr.IntegerSetAttr;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Integer sets: the printed form of MLIR 22, the empty set, membership. */
class IntegerSetTest {
  private static final AffineExpr d0 = dim(0);
  private static final AffineExpr d1 = dim(1);
  private static final AffineExpr s0 = symbol(0);
  private static final AffineExpr s1 = symbol(1);

  @Test
  void printsAsMlirOpt() {
    // Expected strings as printed by mlir-opt-22 for the same sets.
    IntegerSet set = new IntegerSet(2, 1, List.of(sub(d0, s0), d1), List.of(false, true));
    assertEquals("(d0, d1)[s0] : (d0 - s0 >= 0, d1 == 0)", set.toString());
    IntegerSet parity =
        new IntegerSet(
            1, 0, List.of(add(neg(d0), constant(10)), mod(d0, constant(2))), List.of(false, true));
    assertEquals("(d0) : (-d0 + 10 >= 0, d0 mod 2 == 0)", parity.toString());
    IntegerSet symbolsOnly =
        new IntegerSet(
            0, 2, List.of(sub(sub(s0, mul(s1, constant(2))), constant(1))), List.of(false));
    assertEquals("()[s0, s1] : (s0 - s1 * 2 - 1 >= 0)", symbolsOnly.toString());
    assertEquals("(d0)[s0] : (1 == 0)", IntegerSet.empty(1, 1).toString());
    assertEquals("(d0) : (0 == 0)", IntegerSet.universe(1, 0).toString());
  }

  @Test
  void attributePrintsAndInterns() {
    Context ctx = new Context();
    IntegerSet set = new IntegerSet(1, 0, List.of(d0), List.of(false));
    IntegerSetAttr attr = IntegerSetAttr.get(ctx, set);
    assertEquals("affine_set<(d0) : (d0 >= 0)>", attr.toString());
    assertSame(
        attr, IntegerSetAttr.get(ctx, new IntegerSet(1, 0, List.of(dim(0)), List.of(false))));
    assertSame(
        IntegerSet.get(ctx, 1, 0, List.of(d0), List.of(true)),
        IntegerSet.get(ctx, 1, 0, List.of(d0), List.of(true)));
  }

  @Test
  void emptySet() {
    assertTrue(IntegerSet.empty(2, 1).isEmptyIntegerSet());
    assertFalse(IntegerSet.universe(2, 1).isEmptyIntegerSet());
    // Infeasible, but not the canonical trivially-false form: MLIR's check is syntactic too.
    assertFalse(new IntegerSet(0, 0, List.of(constant(2)), List.of(true)).isEmptyIntegerSet());
    assertFalse(new IntegerSet(0, 0, List.of(constant(1)), List.of(false)).isEmptyIntegerSet());
  }

  @Test
  void counts() {
    IntegerSet set =
        new IntegerSet(2, 1, List.of(d0, d1, sub(s0, d0)), List.of(true, false, false));
    assertEquals(3, set.numConstraints());
    assertEquals(1, set.numEqualities());
    assertEquals(2, set.numInequalities());
    assertEquals(3, set.numInputs());
    assertTrue(set.isEq(0));
    assertEquals(sub(s0, d0), set.constraint(2));
  }

  @Test
  void validation() {
    assertThrows(IllegalArgumentException.class, () -> new IntegerSet(1, 0, List.of(), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new IntegerSet(1, 0, List.of(d0), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new IntegerSet(1, 0, List.of(d1), List.of(true)));
  }

  @Test
  void containsAndReplace() {
    // 0 <= d0 <= s0 - 1, d0 even
    IntegerSet set =
        new IntegerSet(
            1,
            1,
            List.of(d0, sub(sub(s0, d0), constant(1)), mod(d0, constant(2))),
            List.of(false, false, true));
    assertEquals(Optional.of(true), set.contains(new long[] {4}, new long[] {5}));
    assertEquals(Optional.of(false), set.contains(new long[] {5}, new long[] {9}));
    assertEquals(Optional.of(false), set.contains(new long[] {6}, new long[] {5}));
    assertEquals(Optional.of(false), set.contains(new long[] {-2}, new long[] {5}));
    IntegerSet fixed = set.replaceDimsAndSymbols(List.of(), List.of(constant(8)), 1, 0);
    assertEquals("(d0) : (d0 >= 0, -d0 + 7 >= 0, d0 mod 2 == 0)", fixed.toString());
    IntegerSet divides = new IntegerSet(1, 1, List.of(mod(d0, s0)), List.of(true));
    assertEquals(Optional.empty(), divides.contains(new long[] {3}, new long[] {0}));
  }
}
