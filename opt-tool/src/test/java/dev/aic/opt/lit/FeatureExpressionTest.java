package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Feature expressions against lit's BooleanExpression, values and error messages. */
class FeatureExpressionTest {
  private static final Set<String> FEATURES = Set.of("mlir-opt", "x86", "linux", "a=b");
  private static final String LIT_EVAL =
      "from lit.BooleanExpression import BooleanExpression as B\n"
          + "result = []\n"
          + "for e in data['exprs']:\n"
          + "    try:\n"
          + "        result.append(B.evaluate(e, data['features']))\n"
          + "    except ValueError as err:\n"
          + "        result.append(str(err))\n";

  private static Object evaluate(String expression) {
    try {
      return FeatureExpression.evaluate(expression, FEATURES);
    } catch (LitSyntaxException e) {
      return e.getMessage();
    }
  }

  private static void assertSameAsLit(List<String> expressions) throws Exception {
    JsonNode expected =
        LitReference.run(LIT_EVAL, Map.of("exprs", expressions, "features", List.copyOf(FEATURES)));
    for (int i = 0; i < expressions.size(); i++) {
      JsonNode e = expected.get(i);
      Object want = e.isBoolean() ? (Object) e.asBoolean() : e.asText();
      assertEquals(want, evaluate(expressions.get(i)), "value of " + expressions.get(i));
    }
  }

  @Test
  void operatorsAndRegexes() throws LitSyntaxException {
    assertTrue(FeatureExpression.evaluate("true", Set.of()));
    assertTrue(FeatureExpression.evaluate("mlir-opt && !windows", FEATURES));
    assertFalse(FeatureExpression.evaluate("windows || (x86 && !linux)", FEATURES));
    assertTrue(FeatureExpression.evaluate("{{x8.}}", FEATURES));
    assertFalse(FeatureExpression.evaluate("{{x8}}", FEATURES));
    assertTrue(FeatureExpression.evaluate("mlir-{{o.t}}", FEATURES));
  }

  @Test
  void errorsCarryLitsMessage() {
    LitSyntaxException e =
        assertThrows(LitSyntaxException.class, () -> FeatureExpression.evaluate("a &&", FEATURES));
    assertEquals(
        "expected: '!', '(', '{{', or identifier\nhave: <end of expression>\n"
            + "in expression: 'a &&'",
        e.getMessage());
  }

  @Test
  void chosenExpressionsEvaluateAsInLit() throws Exception {
    assertSameAsLit(
        List.of(
            "true",
            "mlir-opt",
            "!mlir-opt",
            "x86 && linux || windows",
            "(a=b)",
            "{{.*}}-opt",
            "a && (b",
            "a b",
            "&& a",
            "a ) b",
            "",
            "a,b",
            "! ! true"));
  }

  @Test
  void randomExpressionsEvaluateAsInLit() throws Exception {
    Random random = new Random(7);
    String[] atoms = {
      "true", "x86", "linux", "mlir-opt", "nope", "a=b", "{{x.*}}", "(", ")", "!", "&&", "||", "$"
    };
    List<String> expressions = new ArrayList<>();
    for (int n = 0; n < 1500; n++) {
      StringBuilder e = new StringBuilder();
      int length = 1 + random.nextInt(7);
      for (int i = 0; i < length; i++) {
        e.append(atoms[random.nextInt(atoms.length)]).append(random.nextBoolean() ? " " : "");
      }
      expressions.add(e.toString());
    }
    assertSameAsLit(expressions);
  }
}
