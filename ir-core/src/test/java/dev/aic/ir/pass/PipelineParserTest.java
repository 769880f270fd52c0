package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * Pipeline text: parsing, printing, and errors pointing at the offending character. Messages are
 * mlir-opt 22's; columns count from the start of the whole string, where mlir-opt counts from
 * inside the anchor's parentheses.
 */
class PipelineParserTest {
  private final PassRegistry registry = PassTestIr.registry();

  private String error(String text) {
    return assertThrows(PipelineException.class, () -> OpPassManager.parse(text, registry))
        .render();
  }

  @Test
  void printsNestedPipelinesWithEveryOptionAsMlirOptDoes() {
    // mlir-opt 22 prints this for the same input (--mlir-pass-pipeline-crash-reproducer).
    OpPassManager pm =
        OpPassManager.parse(
            "builtin.module(strip-debuginfo,builtin.module(test-pass-failure))", registry);
    assertEquals(
        "builtin.module(strip-debuginfo, builtin.module(test-pass-failure{gen-diagnostics=false}))",
        pm.printAsTextual());
  }

  @Test
  void dumpsAsDumpPassPipeline() {
    OpPassManager pm =
        OpPassManager.parse(
            "builtin.module(strip-debuginfo,test.func(test-options-pass{list=1,2 string=\"x y\""
                + " enum=one string-list=a,b}),print-op-stats)",
            registry);
    // Layout and option order of mlir-opt 22 --dump-pass-pipeline (func.func there).
    assertEquals(
        """
        Pass Manager with 3 passes:
        builtin.module(
          strip-debuginfo,
          test.func(
            test-options-pass{enum=one list={1,2} string={x y} string-list={a,b}}
          ),
          print-op-stats{json=false}
        )

        """,
        pm.dump());
  }

  @Test
  void unknownPassPointsAtItsNameAndSuggests() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:16: error: 'strip-debugnfo' does not refer to a \
        registered pass or pass pipeline; did you mean 'strip-debuginfo'?
        builtin.module(strip-debugnfo)
                       ^""",
        error("builtin.module(strip-debugnfo)"));
  }

  @Test
  void emptyElementIsAnUnknownEmptyName() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:32: error: '' does not refer to a registered pass or \
        pass pipeline
        builtin.module(strip-debuginfo,,strip-debuginfo)
                                       ^""",
        error("builtin.module(strip-debuginfo,,strip-debuginfo)"));
  }

  @Test
  void unbalancedParenthesesPointAtTheOpenOne() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:25: error: encountered unbalanced parentheses while \
        parsing pipeline
        builtin.module(test.func(print-ir
                                ^""",
        error("builtin.module(test.func(print-ir"));
  }

  @Test
  void extraClosingParenthesis() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:32: error: encountered extra closing ')' creating \
        unbalanced parentheses while parsing pipeline
        builtin.module(strip-debuginfo))
                                       ^""",
        error("builtin.module(strip-debuginfo))"));
  }

  @Test
  void pipelineMustBeWrappedInItsAnchor() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:1: error: expected pass pipeline to be wrapped with \
        the anchor operation type, e.g. 'builtin.module(...)'
        strip-debuginfo
        ^""",
        error("strip-debuginfo"));
  }

  @Test
  void unknownOptionPointsAtTheOptionAndSuggests() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:31: error: no such option jsn; did you mean 'json'?
        builtin.module(print-op-stats{jsn=1})
                                      ^""",
        error("builtin.module(print-op-stats{jsn=1})"));
  }

  @Test
  void badOptionValuesUseLlvmsWords() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:31: error: for the --json option: 'maybe' is invalid \
        value for boolean argument! Try 0 or 1
        builtin.module(print-op-stats{json=maybe})
                                      ^""",
        error("builtin.module(print-op-stats{json=maybe})"));
    String enumError = error("builtin.module(test-options-pass{enum=xx})");
    assertEquals(
        "MLIR Textual PassPipeline Parser:1:34: error: for the --enum option: Cannot find option"
            + " named 'xx'!",
        enumError.lines().findFirst().orElseThrow());
  }

  @Test
  void missingClosingBrace() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:30: error: missing closing '}' while processing pass \
        options
        builtin.module(print-op-stats{json=1)
                                     ^""",
        error("builtin.module(print-op-stats{json=1)"));
  }

  @Test
  void passOnTheWrongAnchorAsksWhetherToNest() {
    assertEquals(
        """
        MLIR Textual PassPipeline Parser:1:11: error: Can't add pass 'TestModulePass' restricted \
        to 'builtin.module' on a PassManager intended to run on 'test.func', did you intend to \
        nest?
        test.func(test-module-pass)
                  ^""",
        error("test.func(test-module-pass)"));
  }

  @Test
  void nestedBracesAndQuotesStayInOneOptionValue() {
    OpPassManager pm =
        OpPassManager.parse(
            "builtin.module(test-options-pass{string={a {b} c} string-list=\"x,y\",{p,q}})",
            registry);
    assertEquals(
        "builtin.module(test-options-pass{enum=zero string={a {b} c} string-list={{x,y},{p,q}}})",
        pm.printAsTextual());
  }
}
