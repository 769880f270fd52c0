package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.type.FunctionType;
import dev.aic.text.builtin.ModuleOp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SSA numbering, block labels and predecessor comments. Every expected text is what {@code
 * mlir-opt-22 --allow-unregistered-dialect [--mlir-print-op-generic]} prints for the IR.
 */
class SsaNamingTest {
  private final Ir ir = new Ir();

  /**
   *
   *
   * <pre>
   * "u.a"() ({
   * ^bb0(%x: i32):
   *   %0 = "u.c"() : () -> i32
   *   "u.r"() ({ ^bb0(%y: i32): %1 = "u.d"(%0, %y) ... "u.e"() ({ %z = "u.f"() }) },
   *            { ^bb0(%w: i32): %2 = "u.d"(%0, %w) ... })
   *   %3:2 = "u.g"(%0) : (i32) -> (i32, i32)
   *   "u.br"(%3#1)[^bb1] : (i32) -> ()
   * ^bb1:
   *   "u.br"(%3#0, %x)[^bb2, ^bb2] : (i32, i32) -> ()
   * ^bb2(%a: i32, %b: f32):
   *   "u.ret"() : () -> ()
   * }) : () -> ()
   * </pre>
   */
  private ModuleOp nestedRegions() {
    ModuleOp module = ir.module();
    Operation a = ir.append(module.body(), ir.state("u.a").addRegion(new Region()));
    Region body = a.region(0);
    Block entry = ir.block(body, ir.i32);
    Block bb1 = ir.block(body);
    Block bb2 = ir.block(body, ir.i32, ir.f32);
    Value c = ir.append(entry, "u.c", List.of(), ir.i32).result(0);
    Operation r = ir.append(entry, ir.state("u.r").addRegion(new Region()).addRegion(new Region()));
    Block first = ir.block(r.region(0), ir.i32);
    ir.append(first, "u.d", List.of(c, first.argument(0)), ir.i32);
    Operation e = ir.append(first, ir.state("u.e").addRegion(new Region()));
    ir.append(ir.block(e.region(0)), "u.f", List.of(), ir.i32);
    Block second = ir.block(r.region(1), ir.i32);
    ir.append(second, "u.d", List.of(c, second.argument(0)), ir.i32);
    Operation g = ir.append(entry, "u.g", List.of(c), ir.i32, ir.i32);
    ir.append(entry, ir.state("u.br").addOperand(g.result(1)).addSuccessor(bb1));
    ir.append(
        bb1,
        ir.state("u.br")
            .addOperands(List.of(g.result(0), entry.argument(0)))
            .addSuccessor(bb2)
            .addSuccessor(bb2));
    ir.append(bb2, "u.ret", List.of());
    return module;
  }

  @Test
  void customFormRestartsNumbersInSiblingRegions() {
    assertEquals(
        """
        module {
          "u.a"() ({
          ^bb0(%arg0: i32):
            %0 = "u.c"() : () -> i32
            "u.r"() ({
            ^bb0(%arg1: i32):
              %4 = "u.d"(%0, %arg1) : (i32, i32) -> i32
              "u.e"() ({
                %5 = "u.f"() : () -> i32
              }) : () -> ()
            }, {
            ^bb0(%arg1: i32):
              %4 = "u.d"(%0, %arg1) : (i32, i32) -> i32
            }) : () -> ()
            %1:2 = "u.g"(%0) : (i32) -> (i32, i32)
            "u.br"(%1#1)[^bb1] : (i32) -> ()
          ^bb1:  // pred: ^bb0
            "u.br"(%1#0, %arg0)[^bb2, ^bb2] : (i32, i32) -> ()
          ^bb2(%2: i32, %3: f32):  // 2 preds: ^bb1, ^bb1
            "u.ret"() : () -> ()
          }) : () -> ()
        }
        """,
        AsmPrinter.print(nestedRegions().op(), PrintOptions.DEFAULT));
  }

  @Test
  void genericFormNumbersUniquelyInStackOrder() {
    assertEquals(
        """
        "builtin.module"() ({
          "u.a"() ({
          ^bb0(%arg0: i32):
            %0 = "u.c"() : () -> i32
            "u.r"() ({
            ^bb0(%arg2: i32):
              %5 = "u.d"(%0, %arg2) : (i32, i32) -> i32
              "u.e"() ({
                %6 = "u.f"() : () -> i32
              }) : () -> ()
            }, {
            ^bb0(%arg1: i32):
              %4 = "u.d"(%0, %arg1) : (i32, i32) -> i32
            }) : () -> ()
            %1:2 = "u.g"(%0) : (i32) -> (i32, i32)
            "u.br"(%1#1)[^bb1] : (i32) -> ()
          ^bb1:  // pred: ^bb0
            "u.br"(%1#0, %arg0)[^bb2, ^bb2] : (i32, i32) -> ()
          ^bb2(%2: i32, %3: f32):  // 2 preds: ^bb1, ^bb1
            "u.ret"() : () -> ()
          }) : () -> ()
        }) : () -> ()
        """,
        AsmPrinter.print(nestedRegions().op(), PrintOptions.DEFAULT.withGeneric(true)));
  }

  @Test
  void localScopeNumbersLikeTheFullPrintWhenTheRootIsIsolated() {
    assertEquals(
        AsmPrinter.print(nestedRegions().op(), PrintOptions.DEFAULT).stripTrailing(),
        AsmPrinter.print(nestedRegions().op(), PrintOptions.DEFAULT.withLocalScope(true)));
  }

  private Operation func(Block parent, String name, FunctionType type) {
    Operation f =
        ir.append(
            parent,
            ir.state("func.func")
                .addProperty("sym_name", new StringAttr(name))
                .addProperty("function_type", TypeAttr.get(ir.ctx, type))
                .addRegion(new Region()));
    ir.block(f.region(0), type.inputs().toArray(new dev.aic.ir.type.Type[0]));
    return f;
  }

  /**
   * Ops isolated from above do not restart numbering in MLIR 22 ({@code test.isolated_region} here
   * is an unregistered op whose body continues the count, as in {@code mlir-opt}'s output for the
   * registered one), but sibling functions start again from {@code %0}.
   */
  @Test
  void functionsAndDefaultDialect() {
    ModuleOp module = ir.module();
    Operation f =
        func(module.body(), "f", FunctionType.get(ir.ctx, List.of(ir.index), List.of(ir.i32)));
    Block body = f.region(0).firstBlock();
    ir.append(body, "u.c", List.of(), ir.i32);
    ir.append(body, "u.c", List.of(), ir.i32);
    Operation nested =
        ir.append(
            body, ir.state("u.isolated").addOperand(body.argument(0)).addRegion(new Region()));
    Block inner = ir.block(nested.region(0), ir.index);
    Value two = ir.append(inner, "u.c", List.of(), ir.i32).result(0);
    ir.append(inner, "u.x", List.of(two));
    Value c = ir.append(body, "u.c", List.of(), ir.i32).result(0);
    ir.append(body, "func.return", List.of(c));
    Operation g = func(module.body(), "g", FunctionType.get(ir.ctx, List.of(), List.of()));
    Value zero = ir.append(g.region(0).firstBlock(), "u.c", List.of(), ir.i32).result(0);
    ir.append(
        g.region(0).firstBlock(), "builtin.unrealized_conversion_cast", List.of(zero), ir.f32);
    ir.append(g.region(0).firstBlock(), "func.return", List.of());
    assertEquals(
        """
        module {
          func.func @f(%arg0: index) -> i32 {
            %0 = "u.c"() : () -> i32
            %1 = "u.c"() : () -> i32
            "u.isolated"(%arg0) ({
            ^bb0(%arg1: index):
              %3 = "u.c"() : () -> i32
              "u.x"(%3) : (i32) -> ()
            }) : (index) -> ()
            %2 = "u.c"() : () -> i32
            return %2 : i32
          }
          func.func @g() {
            %0 = "u.c"() : () -> i32
            %1 = builtin.unrealized_conversion_cast %0 : i32 to f32
            return
          }
        }
        """,
        AsmPrinter.print(module.op(), PrintOptions.DEFAULT));
  }

  @Test
  void blocksOutsideTheLocalScopeAreUnknownEntryBlocksIncluded() {
    // Invalid IR, as a diagnostic may print it: a branch out of an isolated op (a module) to blocks
    // of the region around it. In local scope the isolated op is the root of the names.
    ModuleOp module = ir.module();
    Operation a = ir.append(module.body(), ir.state("u.a").addRegion(new Region()));
    Block entry = ir.block(a.region(0));
    Block other = ir.block(a.region(0));
    ModuleOp inner = ir.module();
    entry.append(inner.op());
    Operation br =
        ir.append(inner.body(), ir.state("u.br").addSuccessor(entry).addSuccessor(other));
    assertEquals(
        "\"u.br\"()[<<UNKNOWN BLOCK>>, <<UNKNOWN BLOCK>>] : () -> ()",
        AsmPrinter.print(br, PrintOptions.DEFAULT.withGeneric(true).withLocalScope(true)));
    assertEquals(
        "\"u.br\"()[^bb0, ^bb1] : () -> ()",
        AsmPrinter.print(br, PrintOptions.DEFAULT.withGeneric(true)));
  }
}
