package dev.aic.ir.affine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of simplification, composition and inversion, checked on random expressions with a
 * reference evaluator written here, independently of {@link AffineExpr#evaluate}.
 */
class AffineExprPropertiesTest {
  private static final int DIMS = 3;
  private static final int SYMBOLS = 2;

  /** A random expression built verbatim (unsimplified), and a random point to evaluate it at. */
  record Sample(AffineExpr raw, long[] dims, long[] symbols) {
    @Override
    public String toString() {
      return raw + " at d=" + Arrays.toString(dims) + " s=" + Arrays.toString(symbols);
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.randomValue(
        r -> new Sample(randomExpr(r, 4, DIMS, SYMBOLS), values(r, DIMS), values(r, SYMBOLS)));
  }

  @Property(tries = 3000)
  void simplificationPreservesValue(@ForAll("samples") Sample s) {
    Long before = reference(s.raw(), s.dims(), s.symbols());
    AffineExpr simplified = s.raw().simplify();
    if (before != null) {
      assertEquals(before, reference(simplified, s.dims(), s.symbols()), () -> "" + simplified);
    }
  }

  @Property(tries = 3000)
  void evaluateAgreesWithReference(@ForAll("samples") Sample s) {
    Long expected = reference(s.raw(), s.dims(), s.symbols());
    OptionalLong actual = s.raw().evaluate(s.dims(), s.symbols());
    assertEquals(expected == null ? OptionalLong.empty() : OptionalLong.of(expected), actual);
  }

  @Property(tries = 3000)
  void simplificationIsIdempotent(@ForAll("samples") Sample s) {
    AffineExpr once = s.raw().simplify();
    assertEquals(once, once.simplify());
  }

  /** Two maps {@code f: 3 dims, 1 symbol} and {@code g: 2 dims -> 3 results, 2 symbols}. */
  record ComposeSample(AffineMap f, AffineMap g, long[] x, long[] fSymbols, long[] gSymbols) {
    @Override
    public String toString() {
      return "f=" + f + " g=" + g + " x=" + Arrays.toString(x);
    }
  }

  @Provide
  Arbitrary<ComposeSample> composeSamples() {
    return Arbitraries.randomValue(
        r -> {
          List<AffineExpr> fResults = new ArrayList<>();
          for (int i = 0; i < 2; i++) {
            fResults.add(randomExpr(r, 3, 3, 1).simplify());
          }
          List<AffineExpr> gResults = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            gResults.add(randomExpr(r, 3, 2, 2).simplify());
          }
          return new ComposeSample(
              new AffineMap(3, 1, fResults),
              new AffineMap(2, 2, gResults),
              values(r, 2),
              values(r, 1),
              values(r, 2));
        });
  }

  @Property(tries = 2000)
  void composeAgreesWithEvaluation(@ForAll("composeSamples") ComposeSample s) {
    AffineMap composed = s.f().compose(s.g());
    assertEquals(2, composed.numDims());
    assertEquals(3, composed.numSymbols());
    Optional<long[]> inner = s.g().evaluate(s.x(), s.gSymbols());
    if (inner.isEmpty()) {
      return;
    }
    Optional<long[]> expected = s.f().evaluate(inner.get(), s.fSymbols());
    if (expected.isEmpty()) {
      return;
    }
    long[] symbols = {s.fSymbols()[0], s.gSymbols()[0], s.gSymbols()[1]};
    Optional<long[]> actual = composed.evaluate(s.x(), symbols);
    assertTrue(actual.isPresent(), () -> "undefined: " + composed);
    assertArrayEquals(expected.get(), actual.get(), () -> "composed: " + composed);
  }

  @Provide
  Arbitrary<List<Integer>> permutations() {
    return Arbitraries.integers()
        .between(1, 7)
        .flatMap(
            n -> {
              List<Integer> identity = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                identity.add(i);
              }
              return Arbitraries.shuffle(identity);
            });
  }

  @Property
  void inversePermutationInverts(@ForAll("permutations") List<Integer> permutation) {
    AffineMap map = AffineMap.permutation(permutation.stream().mapToInt(i -> i).toArray());
    assertTrue(map.isPermutation());
    AffineMap inverse = map.inversePermutation().orElseThrow();
    assertTrue(inverse.isPermutation());
    AffineMap identity = AffineMap.identity(permutation.size());
    assertEquals(identity, map.compose(inverse));
    assertEquals(identity, inverse.compose(map));
  }

  private static long[] values(Random r, int count) {
    long[] values = new long[count];
    for (int i = 0; i < count; i++) {
      values[i] = r.nextInt(41) - 20;
    }
    return values;
  }

  /**
   * A random tree of the given depth, built with the record constructors so that nothing is
   * simplified. Products keep one side symbolic or constant, as affine products must.
   */
  static AffineExpr randomExpr(Random r, int depth, int dims, int symbols) {
    if (depth == 0 || r.nextInt(4) == 0) {
      int leaf = r.nextInt(3);
      if (leaf == 0 && dims > 0) {
        return new AffineDimExpr(r.nextInt(dims));
      }
      if (leaf == 1 && symbols > 0) {
        return new AffineSymbolExpr(r.nextInt(symbols));
      }
      return new AffineConstantExpr(r.nextInt(21) - 10);
    }
    AffineExprKind kind = AffineExprKind.values()[3 + r.nextInt(5)];
    AffineExpr lhs = randomExpr(r, depth - 1, dims, symbols);
    AffineExpr rhs;
    if (kind == AffineExprKind.ADD) {
      rhs = randomExpr(r, depth - 1, dims, symbols);
    } else if (r.nextInt(3) == 0) {
      // A symbolic right-hand side: semi-affine for division and modulo.
      rhs = randomExpr(r, depth - 1, 0, symbols);
    } else {
      rhs = new AffineConstantExpr(r.nextInt(21) - 10);
    }
    if (kind == AffineExprKind.MUL && r.nextBoolean()) {
      return new AffineBinaryExpr(kind, rhs, lhs);
    }
    return new AffineBinaryExpr(kind, lhs, rhs);
  }

  /**
   * The reference semantics: floor and ceiling division, and a modulo with the divisor's sign
   * ({@code a - floor(a / b) * b}); null where a divisor is zero.
   */
  static Long reference(AffineExpr e, long[] dims, long[] symbols) {
    if (e instanceof AffineConstantExpr c) {
      return c.value();
    }
    if (e instanceof AffineDimExpr d) {
      return dims[d.position()];
    }
    if (e instanceof AffineSymbolExpr s) {
      return symbols[s.position()];
    }
    AffineBinaryExpr b = (AffineBinaryExpr) e;
    Long lhs = reference(b.lhs(), dims, symbols);
    Long rhs = reference(b.rhs(), dims, symbols);
    if (lhs == null || rhs == null) {
      return null;
    }
    long l = lhs;
    long r = rhs;
    switch (b.kind()) {
      case ADD:
        return l + r;
      case MUL:
        return l * r;
      default:
        break;
    }
    if (r == 0) {
      return null;
    }
    long floor = Math.floorDiv(l, r);
    return switch (b.kind()) {
      case FLOOR_DIV -> floor;
      case CEIL_DIV -> floor * r == l ? floor : floor + 1;
      case MOD -> l - floor * r;
      default -> throw new AssertionError(b.kind());
    };
  }
}
