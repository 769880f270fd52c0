package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.affine.AffineExpr;
import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.IntegerSetAttr;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.type.MemRefType;
import dev.aic.text.builtin.ModuleOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Affine map, integer set and location aliases: names, numbering, order, deferral. Expected texts
 * are {@code mlir-opt-22}'s output for the equivalent input ({@code d.mlir}, {@code e.mlir}).
 */
class AliasTest {
  private final Ir ir = new Ir();

  private AffineMapAttr map(int dims, int symbols, AffineExpr... results) {
    return AffineMapAttr.get(ir.ctx, new AffineMap(dims, symbols, List.of(results)));
  }

  private MemRefType memref(AffineMapAttr layout) {
    var shape = MemRefType.get(ir.ctx, new long[] {4}, ir.f32).shape();
    return MemRefType.get(ir.ctx, shape, ir.f32, layout, null);
  }

  private static AffineExpr d(int i) {
    return AffineExpr.dim(i);
  }

  private ModuleOp mapsAndSets() {
    ModuleOp module = ir.module();
    AffineMapAttr plus1 = map(1, 0, AffineExpr.add(d(0), 1));
    AffineMapAttr times3 = map(1, 0, AffineExpr.mul(d(0), 3));
    ir.append(
        module.body(),
        ir.state("u.a")
            .addAttribute("m", plus1)
            .addAttribute(
                "s",
                IntegerSetAttr.get(ir.ctx, new IntegerSet(1, 0, List.of(d(0)), List.of(false))))
            .addAttribute(
                "t",
                dev.aic.ir.attr.TypeAttr.get(ir.ctx, memref(map(1, 0, AffineExpr.add(d(0), 2)))))
            .addAttribute("m2", map(2, 0, d(1), d(0)))
            .addAttribute("arr", ArrayAttr.get(ir.ctx, List.of(plus1, times3))));
    ir.append(
        module.body(),
        ir.state("u.b")
            .addAttribute("t", dev.aic.ir.attr.TypeAttr.get(ir.ctx, memref(times3)))
            .addAttribute("z", map(0, 1, AffineExpr.symbol(0)))
            .addType(memref(map(1, 0, AffineExpr.add(d(0), 7)))));
    return module;
  }

  @Test
  void mapsAndSetsAreNumberedInVisitOrderAndPrintedFirst() {
    String expectedBody =
        """
          "u.a"() {arr = [#map, #map1], m = #map, m2 = #map2, s = #set, t = memref<4xf32, #map3>} : () -> ()
          %0 = "u.b"() {t = memref<4xf32, #map1>, z = #map5} : () -> memref<4xf32, #map4>
        """;
    String aliases =
        """
        #map = affine_map<(d0) -> (d0 + 1)>
        #map1 = affine_map<(d0) -> (d0 * 3)>
        #map2 = affine_map<(d0, d1) -> (d1, d0)>
        #map3 = affine_map<(d0) -> (d0 + 2)>
        #map4 = affine_map<(d0) -> (d0 + 7)>
        #map5 = affine_map<()[s0] -> (s0)>
        #set = affine_set<(d0) : (d0 >= 0)>
        """;
    assertEquals(
        aliases + "module {\n" + expectedBody + "}\n",
        AsmPrinter.print(mapsAndSets().op(), PrintOptions.DEFAULT));
    assertEquals(
        aliases + "\"builtin.module\"() ({\n" + expectedBody + "}) : () -> ()\n",
        AsmPrinter.print(mapsAndSets().op(), PrintOptions.DEFAULT.withGeneric(true)));
  }

  @Test
  void localScopePrintsNoAliases() {
    assertEquals(
        """
        module {
          "u.a"() {arr = [affine_map<(d0) -> (d0 + 1)>, affine_map<(d0) -> (d0 * 3)>], \
        m = affine_map<(d0) -> (d0 + 1)>, m2 = affine_map<(d0, d1) -> (d1, d0)>, \
        s = affine_set<(d0) : (d0 >= 0)>, t = memref<4xf32, affine_map<(d0) -> (d0 + 2)>>} \
        : () -> ()
          %0 = "u.b"() {t = memref<4xf32, affine_map<(d0) -> (d0 * 3)>>, \
        z = affine_map<()[s0] -> (s0)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 7)>>
        }""",
        AsmPrinter.print(mapsAndSets().op(), PrintOptions.DEFAULT.withLocalScope(true)));
  }

  private static FileLineColLoc file(String name, int line, int column) {
    return new FileLineColLoc(name, line, column);
  }

  /** {@code e.mlir}: op, block argument, nested and attribute locations; a map in properties. */
  private ModuleOp locations() {
    Operation module = ModuleOp.create(ir.ctx, file("e.mlir", 0, 0)).op();
    Block top = module.region(0).firstBlock();
    Operation a =
        ir.append(
            top,
            ir.state("u.a")
                .addProperty("p", map(1, 0, AffineExpr.add(d(0), 9)))
                .addRegion(new Region())
                .addAttribute("r", map(1, 0, AffineExpr.add(d(0), 6)))
                .addType(memref(map(1, 0, AffineExpr.add(d(0), 7)))));
    a.setLocation(file("a.py", 9, 9));
    Block body = new Block();
    body.addArgument(ir.i32, file("arg.py", 1, 1));
    a.region(0).append(body);
    var x = List.of(body.argument(0));
    Location b = file("b.py", 2, 3);
    ir.append(
            body,
            ir.state("u.b").addOperands(x).addAttribute("q", map(1, 0, AffineExpr.add(d(0), 5))))
        .setLocation(b);
    ir.append(body, ir.state("u.b").addOperands(x))
        .setLocation(new FusedLoc(List.of(file("f.py", 1, 1), file("g.py", 2, 2)), null));
    ir.append(body, ir.state("u.b").addOperands(x))
        .setLocation(
            new CallSiteLoc(new NameLoc("callee", Location.unknown()), file("caller.py", 3, 3)));
    ir.append(body, ir.state("u.b").addOperands(x)).setLocation(b);
    ir.append(body, ir.state("u.b").addOperands(x))
        .setLocation(new NameLoc("named", file("n.py", 7, 7)));
    ir.append(
        body,
        ir.state("u.b")
            .addOperands(x)
            .addAttribute("l", new NameLoc("attrloc", Location.unknown())));
    return new ModuleOp(module);
  }

  @Test
  void locationAliasesAreDeferredUnlessUsedOutsideOpLocations() {
    assertEquals(
        """
        #loc2 = loc("arg.py":1:1)
        #loc10 = loc("attrloc")
        #map = affine_map<(d0) -> (d0 + 5)>
        #map1 = affine_map<(d0) -> (d0 + 7)>
        #map2 = affine_map<(d0) -> (d0 + 6)>
        module {
          %0 = "u.a"() <{p = affine_map<(d0) -> (d0 + 9)>}> ({
          ^bb0(%arg0: i32 loc("arg.py":1:1)):
            "u.b"(%arg0) {q = #map} : (i32) -> () loc(#loc3)
            "u.b"(%arg0) : (i32) -> () loc(#loc11)
            "u.b"(%arg0) : (i32) -> () loc(#loc12)
            "u.b"(%arg0) : (i32) -> () loc(#loc3)
            "u.b"(%arg0) : (i32) -> () loc(#loc13)
            "u.b"(%arg0) {l = #loc10} : (i32) -> () loc(#loc9)
          }) {r = #map2} : () -> memref<4xf32, #map1> loc(#loc1)
        } loc(#loc)
        #loc = loc("e.mlir":0:0)
        #loc1 = loc("a.py":9:9)
        #loc3 = loc("b.py":2:3)
        #loc4 = loc("f.py":1:1)
        #loc5 = loc("g.py":2:2)
        #loc6 = loc("callee")
        #loc7 = loc("caller.py":3:3)
        #loc8 = loc("n.py":7:7)
        #loc9 = loc(unknown)
        #loc11 = loc(fused[#loc4, #loc5])
        #loc12 = loc(callsite(#loc6 at #loc7))
        #loc13 = loc("named"(#loc8))
        """,
        AsmPrinter.print(locations().op(), PrintOptions.DEFAULT.withDebugInfo(true)));
  }

  @Test
  void localScopeSpellsLocationsOut() {
    assertEquals(
        """
        module {
          %0 = "u.a"() <{p = affine_map<(d0) -> (d0 + 9)>}> ({
          ^bb0(%arg0: i32 loc("arg.py":1:1)):
            "u.b"(%arg0) {q = affine_map<(d0) -> (d0 + 5)>} : (i32) -> () loc("b.py":2:3)
            "u.b"(%arg0) : (i32) -> () loc(fused["f.py":1:1, "g.py":2:2])
            "u.b"(%arg0) : (i32) -> () loc(callsite("callee" at "caller.py":3:3))
            "u.b"(%arg0) : (i32) -> () loc("b.py":2:3)
            "u.b"(%arg0) : (i32) -> () loc("named"("n.py":7:7))
            "u.b"(%arg0) {l = loc("attrloc")} : (i32) -> () loc(unknown)
          }) {r = affine_map<(d0) -> (d0 + 6)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 7)>> \
        loc("a.py":9:9)
        } loc("e.mlir":0:0)""",
        AsmPrinter.print(
            locations().op(), PrintOptions.DEFAULT.withDebugInfo(true).withLocalScope(true)));
  }

  @Test
  void withoutDebugInfoLocationsAreNeitherPrintedNorAliased() {
    String text = AsmPrinter.print(locations().op(), PrintOptions.DEFAULT);
    assertEquals(
        """
        #loc = loc("attrloc")
        #map = affine_map<(d0) -> (d0 + 5)>
        #map1 = affine_map<(d0) -> (d0 + 7)>
        #map2 = affine_map<(d0) -> (d0 + 6)>
        module {
          %0 = "u.a"() <{p = affine_map<(d0) -> (d0 + 9)>}> ({
          ^bb0(%arg0: i32):
            "u.b"(%arg0) {q = #map} : (i32) -> ()
            "u.b"(%arg0) : (i32) -> ()
            "u.b"(%arg0) : (i32) -> ()
            "u.b"(%arg0) : (i32) -> ()
            "u.b"(%arg0) : (i32) -> ()
            "u.b"(%arg0) {l = #loc} : (i32) -> ()
          }) {r = #map2} : () -> memref<4xf32, #map1>
        }
        """,
        text);
  }
}
