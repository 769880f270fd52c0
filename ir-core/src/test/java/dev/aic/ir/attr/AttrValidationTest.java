package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.RankedTensorType;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Attributes reject values their type cannot hold, and read MLIR's literals as it does. */
class AttrValidationTest {
  private final Context c = new Context();

  private static void rejects(String message, Executable build) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build);
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @Test
  void integersMustFitTheirType() {
    rejects(
        "integer value 128 does not fit in si8",
        () -> IntegerAttr.get(c, IntegerType.get(c, 8, Signedness.SIGNED), 128));
    rejects(
        "integer value -1 does not fit in ui8",
        () -> IntegerAttr.get(c, IntegerType.get(c, 8, Signedness.UNSIGNED), -1));
    rejects(
        "integer value 256 does not fit in i8",
        () -> IntegerAttr.get(c, IntegerType.get(c, 8), 256));
    rejects(
        "integer attribute needs an integer or index type, got 'f32'",
        () -> IntegerAttr.get(c, FloatType.f32(c), 1));
    // Signless types accept both readings of their bits, and keep the signed one.
    assertEquals(
        IntegerAttr.get(c, IntegerType.get(c, 8), -1),
        IntegerAttr.get(c, IntegerType.get(c, 8), 255));
  }

  @Test
  void floatsMustFitTheirWidth() {
    rejects("does not fit in f16", () -> FloatAttr.fromBits(c, FloatType.f16(c), 0x10000));
    rejects(
        "dense array element type must be a float of 8 to 64 bits, got f80",
        () -> DenseArrayAttr.get(c, FloatType.f80(c)));
    rejects(
        "dense array element type must be i1 or a multiple of 8 bits up to 64, got i7",
        () -> DenseArrayAttr.get(c, IntegerType.get(c, 7), 1));
    rejects(
        "dense_resource needs a static shape",
        () ->
            DenseResourceElementsAttr.get(
                c,
                RankedTensorType.get(c, new long[] {-9223372036854775808L}, FloatType.f32(c)),
                "b"));
  }

  @Test
  void decimalLiteralsGoThroughADoubleLikeMlirOpt() {
    // mlir-opt-22 prints `k = 1.00000005960464477539062500001 : f32` as `1.000000e+00 : f32`.
    assertEquals(
        BigInteger.valueOf(0x3F800000),
        FloatAttr.parseBits(FloatKind.F32, "1.00000005960464477539062500001"));
    // ... and `b = 1.000000e-01 : f80` as `0.100000000000000005551 : f80`, the f64 0.1 widened.
    assertEquals(
        "0.100000000000000005551",
        FloatPrinter.print(FloatKind.F80, FloatAttr.parseBits(FloatKind.F80, "1.000000e-01")));
    assertEquals(BigInteger.valueOf(0x8000), FloatAttr.parseBits(FloatKind.F16, "-0.0"));
    assertEquals(BigInteger.valueOf(0x7FC00000), FloatAttr.parseBits(FloatKind.F32, "0x7FC00000"));
    assertThrows(NumberFormatException.class, () -> FloatAttr.parseBits(FloatKind.F32, "one"));
  }

  @Test
  void exactRoundingHandlesEveryFormat() {
    // Ties to even, overflow to infinity / NaN / the largest value depending on the format.
    assertEquals(BigInteger.valueOf(0x7C00), FloatAttr.parseBits(FloatKind.F16, "65520"));
    assertEquals(BigInteger.valueOf(0x7BFF), FloatAttr.parseBits(FloatKind.F16, "65519"));
    assertEquals(BigInteger.valueOf(0x7E), FloatAttr.parseBits(FloatKind.F8E4M3FN, "464"));
    assertEquals(BigInteger.valueOf(0x7F), FloatAttr.parseBits(FloatKind.F8E4M3FN, "465"));
    assertEquals(BigInteger.valueOf(0x07), FloatAttr.parseBits(FloatKind.F4E2M1FN, "100"));
    assertEquals(BigInteger.valueOf(0x00), FloatAttr.parseBits(FloatKind.F8E5M2FNUZ, "-0.0"));
  }
}
