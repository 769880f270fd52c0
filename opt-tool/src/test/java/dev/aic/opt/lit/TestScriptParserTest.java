package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Directive parsing: continuations, END., line-number substitution and lit's error messages. */
class TestScriptParserTest {
  @Test
  void runLinesJoinContinuationsAndKeepTheirStartLine() throws LitSyntaxException {
    TestScript script =
        TestScriptParser.parse(
            "// RUN: echo a \\\n// RUN:   b | FileCheck %s\n// text\n// RUN: echo %(line) %(line+2)\n");
    assertEquals(
        List.of(
            new TestScript.RunLine(1, " echo a    b | FileCheck %s"),
            new TestScript.RunLine(4, " echo 4 6")),
        script.directives());
  }

  @Test
  void featureListsSplitOnCommasAndJoinBackslashes() throws LitSyntaxException {
    TestScript script =
        TestScriptParser.parse(
            "// REQUIRES: a, b && \\\n// REQUIRES: c\n// XFAIL: *\n// UNSUPPORTED: x\n// RUN: true\n");
    assertEquals(List.of("a", "b && c"), script.requires());
    assertEquals(List.of("*"), script.xfails());
    assertEquals(List.of("x"), script.unsupported());
  }

  @Test
  void endStopsTheScan() throws LitSyntaxException {
    TestScript script = TestScriptParser.parse("// RUN: true\n// END.\n// RUN: false\n");
    assertEquals(1, script.directives().size());
  }

  @Test
  void defineDirectivesKeepNameAndValue() throws LitSyntaxException {
    TestScript script =
        TestScriptParser.parse("// DEFINE: %{x} = a \\\n// DEFINE:   b\n// RUN: %{x}\n");
    assertEquals(
        new TestScript.SubstitutionDefinition("DEFINE:", "from line 1 to 2", "%{x}", "a b"),
        script.directives().get(0));
  }

  @Test
  void errorsAreLits() {
    assertEquals(
        "Test has no 'RUN:' line",
        assertThrows(LitSyntaxException.class, () -> TestScriptParser.parse("// nothing\n"))
            .getMessage());
    assertEquals(
        "Test has unterminated 'RUN:' directive (with '\\') at line 1",
        assertThrows(LitSyntaxException.class, () -> TestScriptParser.parse("// RUN: a \\\n"))
            .getMessage());
    assertEquals(
        "couldn't parse text: '$'\nin expression: 'a $'\nin REQUIRES: directive on test line 1",
        assertThrows(
                LitSyntaxException.class,
                () -> TestScriptParser.parse("// REQUIRES: a $\n// RUN: true\n"))
            .getMessage());
  }
}
