package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.text.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Result name hints and their uniquing, checked against {@code mlir-opt-22}. */
class NameHintTest {
  private final Ir ir = new Ir();

  private Block func(ModuleOp module) {
    return ir.func(module, "f", List.of(), List.of());
  }

  private Value constant(Block block, Attribute value) {
    dev.aic.ir.type.Type type = ((dev.aic.ir.attr.TypedAttr) value).type();
    return ir.append(block, ir.state("arith.constant").addProperty("value", value).addType(type))
        .result(0);
  }

  /** The function of {@code c.mlir}: repeated constants at two region levels. */
  private ModuleOp repeatedConstants() {
    ModuleOp module = ir.module();
    Block body = func(module);
    IntegerAttr zero = IntegerAttr.index(ir.ctx, 0);
    IntegerAttr one = IntegerAttr.get(ir.ctx, ir.i32, 1);
    FloatAttr oneF = FloatAttr.get(ir.ctx, ir.f32, 1.0);
    List<Value> used = new ArrayList<>();
    used.add(constant(body, zero));
    used.add(constant(body, zero));
    used.add(constant(body, one));
    used.add(constant(body, one));
    used.add(constant(body, oneF));
    used.add(constant(body, oneF));
    used.add(constant(body, BoolAttr.get(ir.ctx, true)));
    used.add(constant(body, BoolAttr.get(ir.ctx, true)));
    used.add(ir.append(body, "u.x", List.of(), ir.i32).result(0));
    used.add(constant(body, zero));
    Operation r = ir.append(body, ir.state("u.r").addRegion(new Region()).addRegion(new Region()));
    Block first = ir.block(r.region(0));
    constant(first, zero);
    constant(first, oneF);
    ir.append(first, "u.x", List.of(), ir.i32);
    constant(ir.block(r.region(1)), zero);
    used.add(constant(body, zero));
    used.add(ir.append(body, "u.x", List.of(), ir.i32).result(0));
    used.add(constant(body, BoolAttr.get(ir.ctx, false)));
    used.add(constant(body, IntegerAttr.get(ir.ctx, ir.i32, -1)));
    ir.append(body, "u.use", used);
    ir.append(body, "func.return", List.of());
    return module;
  }

  @Test
  void hintsAreUniquedWithACounterInheritedByNestedRegions() {
    assertEquals(
        """
        module {
          func.func @f() {
            %c0 = arith.constant 0 : index
            %c0_0 = arith.constant 0 : index
            %c1_i32 = arith.constant 1 : i32
            %c1_i32_1 = arith.constant 1 : i32
            %cst = arith.constant 1.000000e+00 : f32
            %cst_2 = arith.constant 1.000000e+00 : f32
            %true = arith.constant true
            %true_3 = arith.constant true
            %0 = "u.x"() : () -> i32
            %c0_4 = arith.constant 0 : index
            "u.r"() ({
              %c0_6 = arith.constant 0 : index
              %cst_7 = arith.constant 1.000000e+00 : f32
              %2 = "u.x"() : () -> i32
            }, {
              %c0_6 = arith.constant 0 : index
            }) : () -> ()
            %c0_5 = arith.constant 0 : index
            %1 = "u.x"() : () -> i32
            %false = arith.constant false
            %c-1_i32 = arith.constant -1 : i32
            "u.use"(%c0, %c0_0, %c1_i32, %c1_i32_1, %cst, %cst_2, %true, %true_3, %0, %c0_4, \
        %c0_5, %1, %false, %c-1_i32) : (index, index, i32, i32, f32, f32, i1, i1, i32, index, \
        index, i32, i1, i32) -> ()
            return
          }
        }
        """,
        AsmPrinter.print(repeatedConstants().op(), PrintOptions.DEFAULT));
  }

  @Test
  void genericFormIgnoresHints() {
    String text =
        AsmPrinter.print(repeatedConstants().op(), PrintOptions.DEFAULT.withGeneric(true));
    assertTrue(
        text.contains(
            """
                %0 = "arith.constant"() <{value = 0 : index}> : () -> index
                %1 = "arith.constant"() <{value = 0 : index}> : () -> index
                %2 = "arith.constant"() <{value = 1 : i32}> : () -> i32
            """),
        text);
    assertTrue(
        text.contains(
            """
                "u.r"() ({
                  %15 = "arith.constant"() <{value = 0 : index}> : () -> index
                  %16 = "arith.constant"() <{value = 1.000000e+00 : f32}> : () -> f32
                  %17 = "u.x"() : () -> i32
                }, {
                  %14 = "arith.constant"() <{value = 0 : index}> : () -> index
                }) : () -> ()
            """),
        text);
  }

  /**
   * As {@code mlir-opt-22 --mlir-use-nameloc-as-prefix} names results after {@code loc("a b:")},
   * {@code loc("1abc")}, {@code loc("a\u00e9")}: {@code %a_b3A}, {@code %_1abc}, {@code %aC3A9}.
   */
  @Test
  void sanitizesHints() {
    assertEquals("_1abc", SsaNames.sanitize("1abc", "$._-", true));
    assertEquals("a_b3A", SsaNames.sanitize("a b:", "$._-", true));
    assertEquals("x.y$z-w", SsaNames.sanitize("x.y$z-w", "$._-", true));
    assertEquals("_map2", SsaNames.sanitize("map2", "$_-", false));
    assertEquals("aC3A9", SsaNames.sanitize("a\u00e9", "$._-", true));
  }

  /** However hints repeat, every constant in one region gets a distinct name built on its hint. */
  @Property(tries = 200)
  void namesInOneRegionAreDistinct(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 3) Integer> values) {
    Ir fresh = new Ir();
    ModuleOp module = fresh.module();
    Block body = module.body();
    for (int v : values) {
      Operation c =
          fresh.append(
              body,
              fresh
                  .state("arith.constant")
                  .addProperty("value", IntegerAttr.index(fresh.ctx, v))
                  .addType(fresh.index));
      c.result(0);
    }
    String text = AsmPrinter.print(module.op(), PrintOptions.DEFAULT);
    Set<String> names = new HashSet<>();
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length - 1; i++) {
      String name = lines[i].trim().split(" ")[0];
      String value = lines[i].trim().split(" ")[3];
      assertTrue(name.startsWith("%c" + value), lines[i]);
      assertTrue(names.add(name), "duplicate " + name + " in\n" + text);
    }
    assertEquals(values.size(), names.size());
  }
}
