package dev.aic.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aic.ir.Context;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ops of real MLIR dialects, defined by their ODS formats, print byte for byte as mlir-opt-22
 * prints them and parse back to the same IR. The expected lines are mlir-opt-22's output for the
 * same ops inside {@code func.func @f(%a: i32, %b: i32, %c: i1, %m: memref<4x?xf32>, %i: index, %t:
 * tensor<4xf32>, %v: vector<4xi32>)} (with {@code func.call} in place of the {@code call} that
 * func's default dialect allows there).
 */
class AssemblyFormatGoldenTest {
  /** Parses {@code input} (wrapped), checks aic prints {@code expected}, and round-trips. */
  private static void check(String input, String expected) {
    Context ctx = FormatHarness.context();
    FormatHarness.Parsed parsed = FormatHarness.parse(ctx, FormatHarness.wrap(input));
    assertNull(parsed.error(), () -> "parse error: " + parsed.error());
    String printed = FormatHarness.print(parsed.module());
    List<String> want = Arrays.stream(expected.strip().split("\n")).map(String::strip).toList();
    assertEquals(want, FormatHarness.opLines(printed), printed);
    // The printed text parses back to the same IR (compared in generic form).
    FormatHarness.Parsed again = FormatHarness.parse(ctx, printed);
    assertNull(again.error(), () -> "reparse error: " + again.error() + "\n" + printed);
    assertEquals(
        FormatHarness.printGeneric(parsed.module()), FormatHarness.printGeneric(again.module()));
    assertEquals(printed, FormatHarness.print(again.module()));
  }

  @Test
  void arithAddiWithOptionalOverflowGroup() {
    check(
        """
        %0 = arith.addi %a, %b : i32
        %1 = arith.addi %a, %b overflow<nsw> : i32
        %2 = arith.addi %a,%b overflow<nsw,nuw>{foo = 1 : i32}:i32
        %3 = arith.addi %a, %b overflow<none> : i32
        """,
        """
        %0 = arith.addi %arg0, %arg1 : i32
        %1 = arith.addi %arg0, %arg1 overflow<nsw> : i32
        %2 = arith.addi %arg0, %arg1 overflow<nsw, nuw> {foo = 1 : i32} : i32
        %3 = arith.addi %arg0, %arg1 : i32
        """);
  }

  @Test
  void arithCmpiEnumKeywordAndBuildableResult() {
    check(
        """
        %0 = arith.cmpi slt, %a, %b : i32
        %1 = arith.cmpi "uge", %a, %b {x = "y"} : i32
        %2 = arith.cmpi eq, %v, %v : vector<4xi32>
        """,
        """
        %0 = arith.cmpi slt, %arg0, %arg1 : i32
        %1 = arith.cmpi uge, %arg0, %arg1 {x = "y"} : i32
        %2 = arith.cmpi eq, %arg6, %arg6 : vector<4xi32>
        """);
  }

  @Test
  void memrefLoadTensorExtractAndSelect() {
    check(
        """
        %0 = memref.load %m[%i, %i] : memref<4x?xf32>
        %1 = memref.load %m[%i, %i] {nontemporal = true} : memref<4x?xf32>
        %2 = memref.load %m[%i, %i] {nontemporal = false} : memref<4x?xf32>
        %3 = arith.select %c, %a, %b : i32
        %4 = tensor.extract %t[%i] : tensor<4xf32>
        """,
        """
        %0 = memref.load %arg3[%arg4, %arg4] : memref<4x?xf32>
        %1 = memref.load %arg3[%arg4, %arg4] {nontemporal = true} : memref<4x?xf32>
        %2 = memref.load %arg3[%arg4, %arg4] : memref<4x?xf32>
        %3 = arith.select %arg2, %arg0, %arg1 : i32
        %extracted = tensor.extract %arg5[%arg4] : tensor<4xf32>
        """);
  }

  @Test
  void arithConstantTakesItsResultTypeFromTheValue() {
    check(
        """
        %0 = arith.constant 42 : i32
        %1 = arith.constant {x} dense<1.0> : tensor<2xf32>
        """,
        """
        %c42_i32 = arith.constant 42 : i32
        %cst = arith.constant {x} dense<1.000000e+00> : tensor<2xf32>
        """);
  }

  @Test
  void funcCallUsesFunctionalType() {
    check(
        """
        %0:2 = func.call @g(%a, %b) : (i32, i32) -> (i32, i32)
        %1 = func.call @h(%a) {z} : (i32) -> i32
        func.call @k() : () -> ()
        """,
        """
        %0:2 = func.call @g(%arg0, %arg1) : (i32, i32) -> (i32, i32)
        %1 = func.call @h(%arg0) {z} : (i32) -> i32
        func.call @k() : () -> ()
        """);
  }

  @Test
  void scfExecuteRegionWithTypeAnchorUnitAttrAndRegion() {
    check(
        """
        %0 = scf.execute_region -> i32 no_inline {
          scf.yield %a : i32
        }
        scf.execute_region {
          scf.yield
        }
        func.return %a : i32
        """,
        """
        %0 = scf.execute_region -> i32 no_inline {
        scf.yield %arg0 : i32
        }
        scf.execute_region {
        scf.yield
        }
        func.return %arg0 : i32
        """);
  }

  @Test
  void cfBranchesWithSuccessorsAndSegments() {
    Context ctx = FormatHarness.context();
    String input =
        """
        "test.r"() ({
        ^bb0(%a: i32, %b: i64, %c: i1):
          cf.cond_br %c, ^bb1(%a, %b : i32, i64), ^bb2
        ^bb1(%x: i32, %y: i64):
          cf.br ^bb2
        ^bb2:
          cf.cond_br %c, ^bb3(%a : i32), ^bb3(%a : i32) {w = 1}
        ^bb3(%z: i32):
          cf.br ^bb1(%z, %b : i32, i64)
        }) : () -> ()
        """;
    FormatHarness.Parsed parsed = FormatHarness.parse(ctx, input);
    assertNull(parsed.error(), parsed.error());
    String printed = FormatHarness.print(parsed.module());
    assertEquals(
        List.of(
            "cf.cond_br %arg2, ^bb1(%arg0, %arg1 : i32, i64), ^bb2",
            "cf.br ^bb2",
            "cf.cond_br %arg2, ^bb3(%arg0 : i32), ^bb3(%arg0 : i32) {w = 1 : i64}",
            "cf.br ^bb1(%2, %arg1 : i32, i64)"),
        FormatHarness.opLines(printed));
    // mlir-opt-22 --mlir-print-op-generic: the segment sizes are filled in and elided.
    String generic = FormatHarness.printGeneric(parsed.module());
    assertEquals(
        true,
        generic.contains(
            "\"cf.cond_br\"(%arg2, %arg0, %arg1)[^bb1, ^bb2] <{operandSegmentSizes = array<i32: 1,"
                + " 2, 0>}> : (i1, i32, i64) -> ()"),
        generic);
    FormatHarness.Parsed again = FormatHarness.parse(ctx, printed);
    assertNull(again.error(), again.error());
    assertEquals(generic, FormatHarness.printGeneric(again.module()));
  }

  @Test
  void genericInputPrintsInCustomForm() {
    check(
        """
        %0 = "arith.cmpi"(%a, %b) <{predicate = 9 : i64}> {x = "y"} : (i32, i32) -> i1
        %1 = "memref.load"(%m, %i, %i) <{nontemporal = false}> : (memref<4x?xf32>, index, index) -> f32
        """,
        """
        %0 = arith.cmpi uge, %arg0, %arg1 {x = "y"} : i32
        %1 = memref.load %arg3[%arg4, %arg4] : memref<4x?xf32>
        """);
  }
}
