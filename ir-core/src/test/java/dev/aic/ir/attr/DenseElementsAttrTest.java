package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Dense elements: the hex form and element access. */
class DenseElementsAttrTest {
  private final Context c = new Context();
  private final FloatType f32 = FloatType.f32(c);

  private ShapedType tensor(Type element, long... shape) {
    return RankedTensorType.get(c, shape, element);
  }

  /** name -> text printed by mlir-opt-22 for the 101-element literals of {@code t4.mlir}. */
  private static Map<String, String> hexGolden() throws IOException {
    Map<String, String> golden = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    DenseElementsAttrTest.class.getResourceAsStream("dense-hex-golden.txt")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#")) {
          int eq = line.indexOf(" = ");
          golden.put(line.substring(0, eq), line.substring(eq + 3));
        }
      }
    }
    return golden;
  }

  private static long[] range(java.util.function.LongUnaryOperator f) {
    return LongStream.range(0, 101).map(f).toArray();
  }

  @Test
  void moreThanOneHundredElementsPrintAsHexLikeMlirOpt() throws IOException {
    Map<String, String> golden = hexGolden();
    IntegerType i32 = IntegerType.get(c, 32);
    assertEquals(
        golden.get("a101"),
        DenseIntOrFPElementsAttr.ofLongs(c, tensor(i32, 101), range(i -> i)).toString());
    assertEquals(
        golden.get("b"),
        DenseIntOrFPElementsAttr.ofLongs(
                c, tensor(IntegerType.get(c, 1), 101), range(i -> i % 3 == 0 ? 1 : 0))
            .toString());
    assertEquals(
        golden.get("e"),
        DenseIntOrFPElementsAttr.ofLongs(c, tensor(IntegerType.get(c, 4), 101), range(i -> i % 8))
            .toString());
    assertEquals(
        golden.get("f"),
        DenseIntOrFPElementsAttr.ofLongs(c, tensor(IntegerType.get(c, 8), 101), range(i -> i - 50))
            .toString());
    assertEquals(
        golden.get("p"),
        DenseIntOrFPElementsAttr.ofLongs(
                c, tensor(IntegerType.get(c, 48), 101), range(i -> i * 1_000_000_000L))
            .toString());
    double[] counting = LongStream.range(0, 101).mapToDouble(i -> i).toArray();
    assertEquals(
        golden.get("g"),
        DenseIntOrFPElementsAttr.ofDoubles(c, tensor(FloatType.f16(c), 101), counting).toString());
    assertEquals(
        golden.get("n"),
        DenseIntOrFPElementsAttr.ofDoubles(c, tensor(FloatType.f80(c), 101), counting).toString());
    double[] pairs = new double[202];
    for (int i = 0; i < 101; i++) {
      pairs[2 * i] = i;
      pairs[2 * i + 1] = 1.0;
    }
    assertEquals(
        golden.get("d"),
        DenseIntOrFPElementsAttr.ofDoubles(c, tensor(ComplexType.get(c, f32), 101), pairs)
            .toString());
    long[] intPairs = new long[202];
    for (int i = 0; i < 101; i++) {
      intPairs[2 * i] = i;
      intPairs[2 * i + 1] = -1;
    }
    assertEquals(
        golden.get("o"),
        DenseIntOrFPElementsAttr.ofLongs(
                c, tensor(ComplexType.get(c, IntegerType.get(c, 16)), 101), intPairs)
            .toString());
  }

  @Test
  void exactlyOneHundredElementsStayAList() {
    String text =
        DenseIntOrFPElementsAttr.ofLongs(
                c, tensor(IntegerType.get(c, 32), 100), LongStream.range(0, 100).toArray())
            .toString();
    assertTrue(text.startsWith("dense<[0, 1, 2,"), text);
  }

  @Test
  void rawDataRoundTrips() {
    ShapedType type = tensor(IntegerType.get(c, 1), 101);
    DenseIntOrFPElementsAttr bools =
        DenseIntOrFPElementsAttr.ofLongs(c, type, range(i -> i % 3 == 0 ? 1 : 0));
    assertSame(bools, DenseIntOrFPElementsAttr.fromRawData(c, type, bools.rawData()));
    ShapedType f80s = tensor(FloatType.f80(c), 3);
    DenseIntOrFPElementsAttr floats = DenseIntOrFPElementsAttr.ofDoubles(c, f80s, 1.0, -2.5, 0.1);
    assertEquals(30, floats.rawData().length);
    assertSame(floats, DenseIntOrFPElementsAttr.fromRawData(c, f80s, floats.rawData()));
    assertThrows(
        IllegalArgumentException.class,
        () -> DenseIntOrFPElementsAttr.fromRawData(c, f80s, new byte[16]));
  }

  @Test
  void elementAccess() {
    IntegerType ui8 = IntegerType.get(c, 8, IntegerType.Signedness.UNSIGNED);
    DenseIntOrFPElementsAttr ints =
        DenseIntOrFPElementsAttr.ofLongs(c, tensor(ui8, 2, 2), 1, 255, 3, 4);
    assertFalse(ints.isSplat());
    assertEquals(ui8, ints.elementType());
    assertEquals(
        List.of(1, 255, 3, 4), ints.intValues().stream().map(BigInteger::intValue).toList());
    assertThrows(IllegalStateException.class, ints::floatBits);

    DenseIntOrFPElementsAttr splat =
        DenseIntOrFPElementsAttr.ofDoubles(c, tensor(f32, 3), 1.0, 1.0, 1.0);
    assertTrue(splat.isSplat());
    assertSame(splat, DenseIntOrFPElementsAttr.ofDoubles(c, tensor(f32, 3), 1.0));
    assertEquals(
        List.of(0x3F800000, 0x3F800000, 0x3F800000),
        splat.floatBits().stream().map(BigInteger::intValue).toList());
    assertArrayEquals(
        new byte[] {0, 0, (byte) 0x80, 0x3F, 0, 0, (byte) 0x80, 0x3F, 0, 0, (byte) 0x80, 0x3F},
        splat.rawData());
  }

  @Test
  void rejectsBadElements() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> DenseIntOrFPElementsAttr.ofLongs(c, tensor(IntegerType.get(c, 8), 3), 1, 2));
    assertEquals("expected 3 values for 'tensor<3xi8>', got 2", e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DenseIntOrFPElementsAttr.ofLongs(
                    c, tensor(IntegerType.get(c, 8), ShapedType.DYNAMIC), 1));
    assertTrue(
        e.getMessage().startsWith("elements literal type must have static shape"), e.getMessage());
    e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                DenseIntOrFPElementsAttr.ofLongs(
                    c, tensor(IntegerType.get(c, 8, IntegerType.Signedness.UNSIGNED), 1), -1));
    assertEquals("integer value -1 does not fit in ui8", e.getMessage());
  }
}
