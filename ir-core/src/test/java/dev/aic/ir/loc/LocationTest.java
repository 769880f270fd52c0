package dev.aic.ir.loc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aic.ir.Context;
import dev.aic.ir.attr.StringAttr;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Locations print as {@code mlir-opt-22 --mlir-print-debuginfo --mlir-print-local-scope} prints
 * them; the expected strings below were produced by it from the same inputs.
 */
class LocationTest {
  private final FileLineColLoc f12 = new FileLineColLoc("f.mlir", 1, 2);

  @Test
  void printsEveryKindAsMlirDoes() {
    assertEquals("loc(unknown)", Location.unknown().toString());
    assertEquals("loc(\"f.mlir\":1:2)", f12.toString());
    assertEquals("loc(\"f.mlir\":1:2 to :5)", new FileLineColLoc("f.mlir", 1, 2, 1, 5).toString());
    assertEquals("loc(\"f.mlir\":1:2 to 3:5)", new FileLineColLoc("f.mlir", 1, 2, 3, 5).toString());
    assertEquals("loc(\"f.mlir\":1:0)", new FileLineColLoc("f.mlir", 1, 0).toString());
    assertEquals("loc(\"name\")", new NameLoc("name").toString());
    assertEquals(
        "loc(\"name\"(\"f.mlir\":3:4))",
        new NameLoc("name", new FileLineColLoc("f.mlir", 3, 4)).toString());
    assertEquals(
        "loc(callsite(\"a\"(\"x\":1:1) at \"y\":2:2))",
        new CallSiteLoc(
                new NameLoc("a", new FileLineColLoc("x", 1, 1)), new FileLineColLoc("y", 2, 2))
            .toString());
    List<Location> parts = List.of(new NameLoc("a"), new FileLineColLoc("b", 1, 1));
    assertEquals("loc(fused[\"a\", \"b\":1:1])", new FusedLoc(parts, null).toString());
    assertEquals(
        "loc(fused<\"meta\">[\"a\", \"b\":1:1])",
        new FusedLoc(parts, new StringAttr("meta")).toString());
    assertEquals("loc(\"f\\0A\\C3\\A9\")", new NameLoc("f\né").toString());
  }

  @Test
  void filePositionLooksThroughWrappers() {
    assertEquals(f12, new NameLoc("n", f12).filePosition());
    assertEquals(f12, new CallSiteLoc(f12, new FileLineColLoc("g", 9, 9)).filePosition());
    assertEquals(f12, new FusedLoc(List.of(new NameLoc("a"), f12), null).filePosition());
    assertNull(new NameLoc("n").filePosition());
    assertNull(Location.unknown().filePosition());
  }

  @Test
  void flatteningAFusedLocationOfUnknownsAddsNoUnknown() {
    Context ctx = new Context();
    StringAttr metadata = new StringAttr("m");
    Location onlyUnknown = FusedLoc.get(ctx, List.of(Location.unknown()), metadata);
    assertEquals(new FusedLoc(List.of(Location.unknown()), metadata), onlyUnknown);
    Location file = new FileLineColLoc("f", 1, 2);
    // What the parser builds from the printed form of the result must be the result itself.
    Location fused = FusedLoc.get(ctx, List.of(onlyUnknown, file, new NameLoc("n")), metadata);
    assertEquals(new FusedLoc(List.of(file, new NameLoc("n")), metadata), fused);
    assertEquals(fused, FusedLoc.get(ctx, ((FusedLoc) fused).locations(), metadata));
  }

  @Test
  void rejectsBackwardRanges() {
    assertThrows(IllegalArgumentException.class, () -> new FileLineColLoc("f", 3, 1, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new FileLineColLoc("f", 3, 5, 3, 4));
  }
}
