package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.type.IntegerType;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operation parser: generic ops, regions, blocks, SSA scoping and forward references, the
 * implicit module, aliases and resources; error messages and positions as {@code mlir-opt-22}
 * reports them for the same input.
 */
class OperationParserTest {
  private final Context context = new Context();

  OperationParserTest() {
    context.setAllowUnregisteredDialects(true);
  }

  private Operation parse(String text) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Optional<Operation> module = MlirParser.parse(context, new SourceFile("t.mlir", text));
      assertEquals(List.of(), capture.diagnostics());
      return module.orElseThrow();
    }
  }

  private Diagnostic error(String text) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertTrue(MlirParser.parse(context, new SourceFile("t.mlir", text)).isEmpty());
      assertEquals(1, capture.diagnostics().size(), () -> capture.diagnostics().toString());
      return capture.diagnostics().get(0);
    }
  }

  private static String at(Diagnostic d) {
    FileLineColLoc p = d.location().filePosition();
    return p.line() + ":" + p.column();
  }

  @Test
  void genericOpsRegionsAndBlocks() {
    Operation module =
        parse(
            """
            %0:2 = "t.a"() {k = "v"} : () -> (i32, i32)
            "t.r"(%0#1) ({
            ^bb0(%x: i32):
              "t.br"(%x)[^bb1] : (i32) -> ()
            ^bb1:
              "t.end"() : () -> ()
            }, {
            }) : (i32) -> ()
            """);
    assertEquals("builtin.module", module.name().name());
    Block body = module.region(0).firstBlock();
    Operation a = body.firstOp();
    Operation r = a.next();
    assertEquals(2, a.numResults());
    assertEquals(new StringAttr("v"), a.attribute("k").orElseThrow());
    assertSame(a.result(1), r.operand(0));
    assertEquals(2, r.numRegions());
    assertTrue(r.region(1).isEmpty());
    Block entry = r.region(0).firstBlock();
    Block bb1 = entry.next();
    assertEquals(List.of(IntegerType.get(context, 32)), entry.argumentTypes());
    assertSame(bb1, entry.firstOp().successor(0));
    assertSame(entry.argument(0), entry.firstOp().operand(0));
    assertEquals(new FileLineColLoc("t.mlir", 1, 8), a.location());
  }

  @Test
  void aSingleModuleIsTheResult() {
    Operation module = parse("\"builtin.module\"() ({\n  \"t.x\"() : () -> ()\n}) : () -> ()\n");
    assertEquals("t.x", module.region(0).firstBlock().firstOp().name().name());
    assertEquals(new FileLineColLoc("t.mlir", 1, 1), module.location());
  }

  @Test
  void forwardReferencesResolveInGraphRegions() {
    Operation module =
        parse(
            """
            %0 = "t.a"(%1) : (i32) -> i32
            %1 = "t.b"(%0) : (i32) -> i32
            """);
    Operation a = module.region(0).firstBlock().firstOp();
    assertSame(a.next().result(0), a.operand(0));
    assertSame(a.result(0), a.next().operand(0));
  }

  @Test
  void locationAliasesMayComeLater() {
    Operation module =
        parse(
            """
            "t.a"() : () -> () loc(#loc1)
            #loc1 = loc("x.py":3:4)
            """);
    assertEquals(
        new FileLineColLoc("x.py", 3, 4), module.region(0).firstBlock().firstOp().location());
  }

  @Test
  void resourcesAreRecorded() {
    parse(
        """
        "t.a"() : () -> ()
        {-#
          dialect_resources: { builtin: { blob1: "0x0400000001000000" } },
          external_resources: { mlir_reproducer: { pipeline: "builtin.module(cse)" } }
        #-}
        """);
    assertEquals(
        Optional.of(new StringAttr("0x0400000001000000")),
        context.resources().get(ResourceTable.DIALECT_RESOURCES, "builtin", "blob1"));
    assertEquals(
        Optional.of(new StringAttr("builtin.module(cse)")),
        context.resources().get(ResourceTable.EXTERNAL_RESOURCES, "mlir_reproducer", "pipeline"));
  }

  // Each row: input (\n for line breaks), message, line:col — as mlir-opt-22 reports them.
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          %0 = "t.a"() : () -> i32\\n%0 = "t.b"() : () -> i32 | redefinition of SSA value '%0' | 2:1
          "t.u"(%x) : (i32) -> () | use of undeclared SSA value name | 1:7
          %a = "t.a"() : () -> i32\\n"t.u"(%a) : (i64) -> () | use of value '%a' expects different type than prior uses: 'i64' vs 'i32' | 2:7
          %a:2 = "t.a"() : () -> i32 | operation defines 1 results but was provided 2 to bind | 1:1
          %a:2 = "t.a"() : () -> (i32, i32)\\n"t.u"(%a#2) : (i32) -> () | reference to invalid result number | 2:7
          "t.u"(%a) : (i32, i32) -> () | expected 2 operand types but had 1 | 1:13
          "t.br"() [^bb1] : () -> () | reference to an undefined block | 1:11
          "t.r"() ({\\n^bb1:\\n  "t.x"() : () -> ()\\n^bb1:\\n  "t.x"() : () -> ()\\n}) : () -> () | redefinition of block '^bb1' | 4:1
          "t.r"() ({\\n^bb1:\\n  "t.x"() : () -> ()\\n}, {\\n  "t.br"() [^bb1] : () -> ()\\n}) : () -> () | reference to an undefined block | 5:13
          "t.u"(%z) : (i32) -> ()\\n%z = "t.a"() : () -> i64 | definition of SSA value '%z#0' has type 'i64' | 2:1
          %0 = "t.a"() : () -> i32\\n"t.u"(%0) : (i64) -> () | use of value '%0' expects different type than prior uses: 'i64' vs 'i32' | 2:7
          %0 = "t.a"() : () -> i32\\n"t.u"(%0, %0) : (i32, f32) -> () | use of value '%0' expects different type than prior uses: 'f32' vs 'i32' | 2:11
          %a = "t.a"() : () -> (i32, i32) | operation defines 2 results but was provided 1 to bind | 1:1
          "t.r"() ({\\n  %1 = "t.d"() : () -> i32\\n}) : () -> ()\\n"t.u"(%1) : (i32) -> () | use of undeclared SSA value name | 4:7
          %7 = "t.a"() : () -> i32\\n"t.u"(%007) : (i32) -> () | use of undeclared SSA value name | 2:7
          %1234567890 = "t.a"() : () -> i32\\n%1234567890 = "t.b"() : () -> i32 | redefinition of SSA value '%1234567890' | 2:1
          %arg0 = "t.a"() : () -> i32\\n%arg0 = "t.b"() : () -> i32 | redefinition of SSA value '%arg0' | 2:1
          %arg7 = "t.a"() : () -> i32\\n"t.u"(%arg007) : (i32) -> () | use of undeclared SSA value name | 2:7
          %7 = "t.a"() : () -> i32\\n"t.u"(%arg7) : (i32) -> () | use of undeclared SSA value name | 2:7
          %arg7 = "t.a"() : () -> i32\\n"t.u"(%arg7) : (i64) -> () | use of value '%arg7' expects different type than prior uses: 'i64' vs 'i32' | 2:7
          "t.u"(%arg3) : (i32) -> ()\\n%arg3 = "t.a"() : () -> i64 | definition of SSA value '%arg3#0' has type 'i64' | 2:1
          "t.a"() : () -> () loc(#nope) | operation location alias was never defined | 1:24
          "t.a"() : i32 | expected function type | 1:11
          "t.a"( : () -> () | expected ')' to end operand list | 1:7
          42 | expected operation name in quotes | 1:1
          "t.a"() : () -> ()\\n#a = "x"\\n#a = "y" | redefinition of attribute alias id 'a' | 3:1
          """)
  void errors(String input, String message, String position) {
    Diagnostic d = error(input.replace("\\n", "\n"));
    assertEquals(message, d.message());
    assertEquals(position, at(d));
  }

  @Test
  void missingTokensAreReportedAfterThePreviousOne() {
    Diagnostic d = error("\"t.a\"() // comment\n\n  }\n");
    assertEquals("expected ':' followed by operation type", d.message());
    assertEquals("1:8", at(d));
  }

  @Test
  void unregisteredDialectsAreRejectedUnlessAllowed() {
    context.setAllowUnregisteredDialects(false);
    Diagnostic d = error("\"foo.x\"() : () -> ()");
    assertEquals(
        "operation being parsed with an unregistered dialect. If this is intended, please use"
            + " -allow-unregistered-dialect with the MLIR tool used",
        d.message());
    assertEquals("1:8", at(d));
  }

  @Test
  void customOpsOfUnknownDialects() {
    Diagnostic d = error("foo.bar");
    assertEquals("Dialect `foo' not found for custom op 'foo.bar' ", d.message());
    assertEquals("1:1", at(d));
    assertEquals(
        "custom op 'foo' is unknown (tried 'builtin.foo' as well)", error("foo").message());
  }

  @Test
  void nestingIsBounded() {
    String deep = "\"t.r\"() ({\n".repeat(600) + "}) : () -> ()\n".repeat(600);
    assertEquals("nesting deeper than 512 levels", error(deep).message());
  }

  // Repeated properties, attribute dictionaries and function types are recalled, not parsed again
  // (SpanMemo); a recall must give what parsing would have.

  @Test
  void repeatedTextIsRecalledAsTheSameValue() {
    Operation module =
        parse(
            """
            "t.a"() <{p = 1 : i32}> {d = "x"} : () -> i32
            "t.b"() <{p = 1 : i32}> {d = "x"} : () -> i32
            "t.c"() <{p = 2 : i32}> {d = "y"} : () -> i64
            """);
    List<Operation> ops = module.region(0).firstBlock().operationList();
    assertSame(ops.get(0).properties(), ops.get(1).properties());
    assertSame(ops.get(0).attributes(), ops.get(1).attributes());
    assertEquals("{p = 2 : i32}", ops.get(2).properties().toString());
    assertEquals("{d = \"y\"}", ops.get(2).attributes().toString());
    assertEquals(IntegerType.get(context, 64), ops.get(2).result(0).type());
  }

  @Test
  void aRecalledTextMustEndWhereATokenEnds() {
    // "() -> i32" is a prefix of "() -> i321", a type of its own.
    Operation module = parse("\"t.a\"() : () -> i32\n\"t.b\"() : () -> i321\n");
    Operation second = module.region(0).firstBlock().operationList().get(1);
    assertEquals(IntegerType.get(context, 321), second.result(0).type());
  }

  /** The type of the last op, or the error, {@code text} parses to. */
  private String outcome(String text) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Optional<Operation> module = MlirParser.parse(context, new SourceFile("t.mlir", text));
      if (module.isEmpty()) {
        Diagnostic d = capture.diagnostics().get(0);
        return at(d) + " " + d.message();
      }
      return module.get().region(0).firstBlock().lastOp().result(0).type().toString();
    }
  }

  @Test
  void aRecalledTypeEndingInAnIdentifierIsNotTakenForALongerOne() {
    // A recalled type is skipped before it is lexed: the character after it decides whether the
    // identifier it ends with goes on. After "i64" nothing is recalled.
    for (String after : List.of("9", ".5", "_x", "$", "-1", "+", "é")) {
      String second = "\"t.b\"() : () -> i32" + after + "\n";
      assertEquals(
          outcome("\"t.a\"() : () -> i64\n" + second),
          outcome("\"t.a\"() : () -> i32\n" + second),
          after);
    }
  }

  @Test
  void linesAndColumnsGoOnRightAfterARecalledTextOfSeveralLines() {
    String op = "\"t.a\"() <{p = [1,\n  2]}> : () -> ()\n";
    Operation module = parse(op + op + "\"t.b\"() : () -> ()\n");
    List<Operation> ops = module.region(0).firstBlock().operationList();
    assertEquals(new FileLineColLoc("t.mlir", 5, 1), ops.get(2).location());
    assertEquals("8:15", at(error(op + op + op + "\n  \"t.b\"(%x) : () -> ()\n")));
  }

  @Test
  void aTextEndingInATokenThatCouldGoOnIsNotRecalled() {
    // A dialect type may go on with a <...> body: "() -> !u.t" does not end a type for sure.
    Operation module = parse("\"t.a\"() : () -> !u.t\n\"t.b\"() : () -> !u.t<1>\n");
    Operation second = module.region(0).firstBlock().operationList().get(1);
    assertEquals("!u.t<1>", second.result(0).type().toString());
  }

  @Test
  void aRecalledTextStillCountsTowardsTheNestingLimit() {
    String deepProperties = "<{a = " + "[".repeat(300) + "]".repeat(300) + "}>";
    String op = "\"t.a\"() " + deepProperties + " : () -> ()\n";
    parse(op);
    String nested = "\"t.r\"() ({\n".repeat(250) + op + "}) : () -> ()\n".repeat(250);
    assertEquals("nesting deeper than 512 levels", error(op + nested).message());
    assertEquals("nesting deeper than 512 levels", error(nested).message());
  }
}
