package dev.aic.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import org.junit.jupiter.api.Test;

/**
 * The directives no upstream op mlir-opt-22 knows combines this way, on {@code fmt.*} ops: expected
 * text follows MLIR's generated printers (spacing from {@code shouldEmitSpaceBefore}), and each
 * form parses back to the same IR.
 */
class DirectiveFormsTest {
  /** Parses {@code body} (wrapped), returns what aic prints for the wrapper's region. */
  private static String roundTrip(String body) {
    Context ctx = FormatHarness.context();
    FormatHarness.Parsed parsed = FormatHarness.parse(ctx, FormatHarness.wrap(body));
    assertNull(parsed.error(), () -> "parse error: " + parsed.error());
    String printed = FormatHarness.print(parsed.module());
    FormatHarness.Parsed again = FormatHarness.parse(ctx, printed);
    assertNull(again.error(), () -> "reparse error: " + again.error() + "\n" + printed);
    assertEquals(
        FormatHarness.printGeneric(parsed.module()), FormatHarness.printGeneric(again.module()));
    return String.join("\n", FormatHarness.opLines(printed));
  }

  private static String generic(String body) {
    Context ctx = FormatHarness.context();
    FormatHarness.Parsed parsed = FormatHarness.parse(ctx, FormatHarness.wrap(body));
    assertNull(parsed.error(), () -> "parse error: " + parsed.error());
    return FormatHarness.printGeneric(parsed.module());
  }

  @Test
  void operandsAndResultsDirectives() {
    assertEquals(
        "%0:2 = fmt.all %arg0, %arg1 : i32, i32 -> i64, i1",
        roundTrip("%0:2 = fmt.all %a, %b : i32, i32 -> i64, i1"));
  }

  /** With no operands MLIR prints two spaces: the one before {@code operands}, then before `:`. */
  @Test
  void functionalTypeWrapsSeveralOrNoResultsInParens() {
    assertEquals(
        "%0 = fmt.functional %arg0 : (i32) -> i64\n"
            + "fmt.functional  : () -> ()\n"
            + "%1:2 = fmt.functional %arg0, %arg1 : (i32, i32) -> (i1, i1)",
        roundTrip(
            """
            %0 = fmt.functional %a : (i32) -> i64
            fmt.functional : () -> ()
            %1:2 = fmt.functional %a, %b : (i32, i32) -> (i1, i1)
            """));
  }

  @Test
  void regionsDirectiveAndAttrDictWithKeyword() {
    assertEquals(
        "fmt.regions attributes {k = 1 : i64} {\n\"test.a\"() : () -> ()\n}, {\n\"test.b\"() : () -> ()\n}\n"
            + "fmt.regions",
        roundTrip(
            """
            fmt.regions attributes {k = 1} {
              "test.a"() : () -> ()
            }, {
              "test.b"() : () -> ()
            }
            fmt.regions
            """));
  }

  @Test
  void whitespaceDirectivesAndPunctuationSpacing() {
    assertEquals(
        "fmt.space %arg0 (%arg1)\nto[: i32, i32]\nfmt.space %arg0 (%arg1)\nto[ {z}: i32, i32]",
        roundTrip(
            """
            fmt.space %a (%b) to [ : i32, i32 ]
            fmt.space %a(%b)to[{z}:i32,i32]
            """));
  }

  @Test
  void customDirectiveWithRefAndString() {
    assertEquals("fmt.custom [%arg0 : i32] bits<32>", roundTrip("fmt.custom [%a : i32] bits<32>"));
  }

  @Test
  void oilistClausesInAnyOrderAtMostOnce() {
    assertEquals(
        "fmt.oilist lower = %arg4 : index nowait\nfmt.oilist lower = %arg4 : index nowait\n"
            + "fmt.oilist",
        roundTrip(
            """
            fmt.oilist nowait lower = %i : index
            fmt.oilist lower = %i : index nowait
            fmt.oilist
            """));
  }

  @Test
  void elseGroupPrintsWhenTheAnchorIsAbsent() {
    assertEquals(
        "fmt.else %arg0 : i32\nfmt.else none", roundTrip("fmt.else %a : i32\nfmt.else none"));
  }

  @Test
  void propDictElidesWhatTheFormatPrintsAndQualifiedPrintsFully() {
    assertEquals(
        "fmt.props %arg0, 3 : i64 to <{extra = \"e\"}> {d} : i32\nfmt.props %arg0, 3 : i64 to : i32",
        roundTrip(
            """
            fmt.props %a, 3 : i64 to <{extra = "e"}> {d} : i32
            fmt.props %a, 3 : i64 to : i32
            """));
    String generic = generic("fmt.props %a, 3 : i64 to <{extra = \"e\"}> {d} : i32");
    assertTrue(generic.contains("<{count = 3 : i64, extra = \"e\"}> {d} : (i32) -> ()"), generic);
  }

  @Test
  void successorsDirective() {
    Context ctx = FormatHarness.context();
    String input =
        """
        "test.r"() ({
          fmt.successors ^bb1, ^bb2
        ^bb1:
          fmt.successors ^bb1 {k}
        ^bb2:
          fmt.successors
        }) : () -> ()
        """;
    FormatHarness.Parsed parsed = FormatHarness.parse(ctx, input);
    assertNull(parsed.error(), parsed.error());
    String printed = FormatHarness.print(parsed.module());
    assertEquals(
        "fmt.successors ^bb1, ^bb2\nfmt.successors ^bb1 {k}\nfmt.successors",
        String.join("\n", FormatHarness.opLines(printed)));
  }

  @Test
  void inherentAttributesInAttrDictBecomeProperties() {
    String generic = generic("%0 = arith.cmpi ne, %a, %b {predicate2 = 1} : i32");
    assertTrue(
        generic.contains(
            "\"arith.cmpi\"(%arg0, %arg1) <{predicate = 1 : i64}> {predicate2 = 1 : i64}"),
        generic);
    String addi = generic("%0 = arith.addi %a, %b : i32");
    assertTrue(addi.contains("<{overflowFlags = #arith.overflow<none>}>"), addi);
  }
}
