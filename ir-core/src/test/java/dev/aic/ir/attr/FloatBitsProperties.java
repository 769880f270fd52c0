package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.type.FloatFormat;
import dev.aic.ir.type.FloatFormat.Category;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Printed floats read back to the same bits through {@link FloatAttr#parseBits}, the helper the
 * textual format parses with; hex is printed only for values with no decimal form.
 */
class FloatBitsProperties {
  private final Context ctx = new Context();

  private void roundTrips(FloatKind kind, BigInteger bits) {
    FloatAttr attr = FloatAttr.fromBits(ctx, FloatType.get(ctx, kind), bits);
    String text = AttrTypePrinter.toTextWithoutType(attr);
    assertEquals(attr.bits(), FloatAttr.parseBits(kind, text), kind.keyword() + " " + text);
    Category category = FloatFormat.decode(kind, bits).category();
    if (text.startsWith("0x")) {
      assertEquals("0x" + bits.toString(16).toUpperCase(java.util.Locale.ROOT), text);
    } else {
      assertTrue(category == Category.ZERO || category == Category.FINITE, text);
    }
    if (category == Category.NAN || category == Category.INFINITY) {
      assertTrue(text.startsWith("0x"), text);
    }
  }

  @Property(tries = 2000)
  void f16(@ForAll @IntRange(min = 0, max = 0xFFFF) int bits) {
    roundTrips(FloatKind.F16, BigInteger.valueOf(bits));
  }

  @Property(tries = 2000)
  void bf16(@ForAll @IntRange(min = 0, max = 0xFFFF) int bits) {
    roundTrips(FloatKind.BF16, BigInteger.valueOf(bits));
  }

  @Property(tries = 3000)
  void f32(@ForAll int bits) {
    roundTrips(FloatKind.F32, BigInteger.valueOf(Integer.toUnsignedLong(bits)));
  }

  @Property(tries = 3000)
  void f64(@ForAll long bits) {
    BigInteger unsigned = BigInteger.valueOf(bits);
    roundTrips(FloatKind.F64, bits < 0 ? unsigned.add(BigInteger.ONE.shiftLeft(64)) : unsigned);
  }

  @Property(tries = 3000)
  void f32ValuesNearOne(@ForAll @IntRange(min = 0x3F000000, max = 0x40800000) int bits) {
    roundTrips(FloatKind.F32, BigInteger.valueOf(bits));
  }

  @Property(tries = 1000)
  void doublesSurviveFloatAttrs(@ForAll double value) {
    FloatAttr attr = FloatAttr.get(ctx, FloatType.f64(ctx), value);
    assertEquals(Double.doubleToRawLongBits(value), Double.doubleToRawLongBits(attr.toDouble()));
  }
}
