package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aic.ir.Context;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link IntegerAttr#canonical} against what an integer of each width and signedness can hold, with
 * values near every power of two, where its shortcut for small values ends.
 */
class IntegerCanonicalProperties {
  private final Context context = new Context();

  @Property(tries = 3000)
  void keepsTheValueItsTypeReadsOrRejectsIt(
      @ForAll @IntRange(min = 0, max = 130) int width,
      @ForAll Signedness signedness,
      @ForAll("nearPowersOfTwo") BigInteger value) {
    check(IntegerType.get(context, width, signedness), width, signedness, value);
  }

  @Property(tries = 500)
  void indexIsA64BitSignlessInteger(@ForAll("nearPowersOfTwo") BigInteger value) {
    check(IndexType.get(context), IndexType.STORAGE_WIDTH, Signedness.SIGNLESS, value);
  }

  private static void check(Type type, int width, Signedness signedness, BigInteger value) {
    BigInteger limit = BigInteger.ONE.shiftLeft(width);
    BigInteger half = width == 0 ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(width - 1);
    boolean fits;
    BigInteger expected;
    if (signedness == Signedness.UNSIGNED || width == 1 && signedness == Signedness.SIGNLESS) {
      // Read as unsigned; i1 also accepts -1, its other reading.
      boolean minusOne = value.equals(BigInteger.ONE.negate());
      fits =
          value.signum() >= 0 && value.compareTo(limit) < 0
              || minusOne && width == 1 && signedness == Signedness.SIGNLESS;
      expected = value.signum() < 0 ? value.add(limit) : value;
    } else if (signedness == Signedness.SIGNED) {
      fits = value.compareTo(half.negate()) >= 0 && value.compareTo(half) < 0;
      expected = value;
    } else {
      // Signless: either reading of the bits, kept as the signed one.
      fits = value.compareTo(half.negate()) >= 0 && value.compareTo(limit) < 0;
      expected = value.compareTo(half) >= 0 ? value.subtract(limit) : value;
    }
    if (width == 0) {
      fits = value.signum() == 0;
      expected = value;
    }
    if (fits) {
      assertEquals(expected, IntegerAttr.canonical(type, value), type + " " + value);
    } else {
      assertThrows(IllegalArgumentException.class, () -> IntegerAttr.canonical(type, value));
    }
  }

  @Provide
  Arbitrary<BigInteger> nearPowersOfTwo() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 131),
            Arbitraries.integers().between(-2, 2),
            Arbitraries.of(1, -1))
        .as(
            (bits, delta, sign) ->
                BigInteger.ONE
                    .shiftLeft(bits)
                    .add(BigInteger.valueOf(delta))
                    .multiply(BigInteger.valueOf(sign)));
  }
}
