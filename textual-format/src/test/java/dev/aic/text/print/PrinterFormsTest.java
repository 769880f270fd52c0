package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DenseIntOrFPElementsAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.DenseStringElementsAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.OpaqueAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.diag.OperationFormatter;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.text.builtin.ModuleOp;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Elision, the module's custom form, empty regions and the diagnostic formatter. */
class PrinterFormsTest {
  private final Ir ir = new Ir();

  private RankedTensorType tensor(long n, dev.aic.ir.type.Type element) {
    return RankedTensorType.get(ir.ctx, new long[] {n}, element);
  }

  /** {@code f.mlir}: only non-splat dense elements over the limit are elided. */
  private ModuleOp elements() {
    ModuleOp module = ir.module();
    ir.append(
        module.body(),
        ir.state("u.a")
            .addAttribute("a", DenseIntOrFPElementsAttr.ofLongs(ir.ctx, tensor(3, ir.i32), 1, 2, 3))
            .addAttribute(
                "b",
                DenseIntOrFPElementsAttr.ofLongs(ir.ctx, tensor(8, ir.i32), 1, 1, 1, 1, 1, 1, 1, 1))
            .addAttribute("c", DenseIntOrFPElementsAttr.ofDoubles(ir.ctx, tensor(2, ir.f32), 1, 2))
            .addAttribute(
                "d",
                DenseStringElementsAttr.get(
                    ir.ctx, tensor(3, OpaqueType.get(ir.ctx, "u", "s")), List.of("a", "b", "c")))
            .addAttribute("e", DenseArrayAttr.get(ir.ctx, ir.i32, 1, 2, 3, 4))
            .addAttribute("f", DenseResourceElementsAttr.get(ir.ctx, tensor(5, ir.i32), "blob")));
    ir.append(
        module.body(),
        ir.state("u.b")
            .addProperty(
                "a", DenseIntOrFPElementsAttr.ofLongs(ir.ctx, tensor(3, ir.i32), 1, 2, 3)));
    return module;
  }

  @Test
  void elidesLargeElementsAttributes() {
    assertEquals(
        """
        module {
          "u.a"() {a = dense_resource<__elided__> : tensor<3xi32>, b = dense<1> : tensor<8xi32>, \
        c = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>, \
        d = dense_resource<__elided__> : tensor<3x!u.s>, e = array<i32: 1, 2, 3, 4>, \
        f = dense_resource<blob> : tensor<5xi32>} : () -> ()
          "u.b"() <{a = dense_resource<__elided__> : tensor<3xi32>}> : () -> ()
        }
        """,
        AsmPrinter.print(elements().op(), PrintOptions.DEFAULT.withElideElementsAttrsIfLarger(2)));
    String none = AsmPrinter.print(elements().op(), PrintOptions.DEFAULT);
    assertEquals(
        "  \"u.b\"() <{a = dense<[1, 2, 3]> : tensor<3xi32>}> : () -> ()", none.split("\n")[2]);
  }

  /** {@code h.mlir}: names, visibility in the attribute dictionary, empty bodies, quoting. */
  @Test
  void moduleCustomFormAndGenericEmptyRegions() {
    ModuleOp outer = ir.module();
    outer.op().setProperty(ModuleOp.SYM_NAME, new StringAttr("m"));
    outer.op().setProperty(ModuleOp.SYM_VISIBILITY, new StringAttr("private"));
    outer.op().setAttribute("u.x", IntegerAttr.get(ir.ctx, ir.i32, 1));
    outer.op().setAttribute("u.y", UnitAttr.INSTANCE);
    Operation y = ir.append(outer.body(), ir.state("u.y").addRegion(new Region()));
    ir.append(ir.block(y.region(0)), "u.z", List.of());
    ir.append(ir.block(y.region(0)), "u.z", List.of());
    outer.body().append(ir.module().op());
    ModuleOp named = ir.module();
    named.op().setProperty(ModuleOp.SYM_NAME, new StringAttr("q r"));
    outer.body().append(named.op());
    Value c = ir.append(named.body(), "u.c", List.of(), ir.i32).result(0);
    Value cast =
        ir.append(named.body(), "builtin.unrealized_conversion_cast", List.of(c), ir.f32).result(0);
    ir.append(named.body(), "builtin.unrealized_conversion_cast", List.of(c, cast), ir.f32, ir.i64);
    ir.append(named.body(), "builtin.unrealized_conversion_cast", List.of(), ir.f32);
    assertEquals(
        """
        module @m attributes {sym_visibility = "private", u.x = 1 : i32, u.y} {
          "u.y"() ({
            "u.z"() : () -> ()
          ^bb1:  // no predecessors
            "u.z"() : () -> ()
          }) : () -> ()
          module {
          }
          module @"q r" {
            %0 = "u.c"() : () -> i32
            %1 = unrealized_conversion_cast %0 : i32 to f32
            %2:2 = unrealized_conversion_cast %0, %1 : i32, f32 to f32, i64
            %3 = unrealized_conversion_cast to f32
          }
        }
        """,
        AsmPrinter.print(outer.op(), PrintOptions.DEFAULT));
    assertEquals(
        """
        "builtin.module"() <{sym_name = "m", sym_visibility = "private"}> ({
          "u.y"() ({
            "u.z"() : () -> ()
          ^bb1:  // no predecessors
            "u.z"() : () -> ()
          }) : () -> ()
          "builtin.module"() ({
          ^bb0:
          }) : () -> ()
          "builtin.module"() <{sym_name = "q r"}> ({
            %0 = "u.c"() : () -> i32
            %1 = "builtin.unrealized_conversion_cast"(%0) : (i32) -> f32
            %2:2 = "builtin.unrealized_conversion_cast"(%0, %1) : (i32, f32) -> (f32, i64)
            %3 = "builtin.unrealized_conversion_cast"() : () -> f32
          }) : () -> ()
        }) {u.x = 1 : i32, u.y} : () -> ()
        """,
        AsmPrinter.print(outer.op(), PrintOptions.DEFAULT.withGeneric(true)));
  }

  @Test
  void emptyRegionsAndBlocksInGenericForm() {
    ModuleOp module = ir.module();
    ir.append(module.body(), ir.state("u.x").addRegion(new Region()));
    Operation two =
        ir.append(module.body(), ir.state("u.x").addRegion(new Region()).addRegion(new Region()));
    ir.block(two.region(0));
    ir.block(two.region(1), ir.i32);
    assertEquals(
        """
        module {
          "u.x"() ({
          }) : () -> ()
          "u.x"() ({
          ^bb0:
          }, {
          ^bb0(%arg0: i32):
          }) : () -> ()
        }
        """,
        AsmPrinter.print(module.op(), PrintOptions.DEFAULT));
  }

  /**
   * As {@code mlir-opt-22} reports {@code block with no terminator, has ...} for {@code g.mlir} and
   * {@code g3.mlir}: generic form, names from the enclosing function, more than 16 elements elided,
   * and a multi-line op on a new line.
   */
  @Test
  void diagnosticFormatterNamesValuesFromTheIsolatedAncestor() {
    ModuleOp module = ir.module();
    Block body = ir.func(module, "f", List.of(ir.index), List.of());
    Value zero =
        ir.append(
                body,
                ir.state("arith.constant")
                    .addProperty("value", IntegerAttr.index(ir.ctx, 0))
                    .addType(ir.index))
            .result(0);
    Operation add =
        ir.append(
            body,
            ir.state("arith.addi")
                .addOperands(List.of(body.argument(0), zero))
                .addProperty("overflowFlags", OpaqueAttr.get(ir.ctx, "arith", "overflow<none>"))
                .addType(ir.index));
    assertEquals(
        "%1 = \"arith.addi\"(%arg0, %0) <{overflowFlags = #arith.overflow<none>}>"
            + " : (index, index) -> index",
        OperationFormatter.get().format(add));

    Operation region =
        ir.append(
            body,
            ir.state("scf.execute_region")
                .addRegion(new Region())
                .addAttribute(
                    "d",
                    DenseIntOrFPElementsAttr.ofLongs(
                        ir.ctx,
                        tensor(17, ir.i32),
                        new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17}))
                .addType(ir.index));
    Block inner = ir.block(region.region(0));
    Value sum = ir.append(inner, "arith.addi", List.of(body.argument(0), zero), ir.index).result(0);
    ir.append(inner, "scf.yield", List.of(sum));
    assertEquals(
        """

        %2 = "scf.execute_region"() ({
          %3 = "arith.addi"(%arg0, %0) : (index, index) -> index
          "scf.yield"(%3) : (index) -> ()
        }) {d = dense_resource<__elided__> : tensor<17xi32>} : () -> index""",
        OperationFormatter.get().format(region));
  }

  @Test
  void streamsToAnAppendableInChunks() {
    ModuleOp module = ir.module();
    for (int i = 0; i < 5000; i++) {
      ir.append(
          module.body(),
          ir.state("arith.constant")
              .addProperty("value", IntegerAttr.index(ir.ctx, i % 7))
              .addType(ir.index));
    }
    StringWriter out = new StringWriter();
    AsmPrinter.print(module.op(), PrintOptions.DEFAULT, out);
    String text = AsmPrinter.print(module.op(), PrintOptions.DEFAULT);
    assertEquals(text, out.toString());
    // mlir-opt-22 on the same 5000 constants prints this as its last op.
    assertEquals("  %c1_4992 = arith.constant 1 : index", text.split("\n")[5000]);
  }
}
