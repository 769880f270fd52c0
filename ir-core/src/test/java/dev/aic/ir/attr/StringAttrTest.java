package dev.aic.ir.attr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.NoneType;
import org.junit.jupiter.api.Test;

/** Strings print as mlir-opt-22 prints them: {@code "s" : none} is just {@code "s"}. */
class StringAttrTest {
  private final Context ctx = new Context();

  @Test
  void noneIsTheDefaultType() {
    StringAttr typedNone = new StringAttr("s", NoneType.get(ctx));
    assertEquals("\"s\"", typedNone.toString());
    assertEquals(new StringAttr("s"), typedNone);
    assertEquals("\"s\" : i32", new StringAttr("s", IntegerType.get(ctx, 32)).toString());
  }
}
