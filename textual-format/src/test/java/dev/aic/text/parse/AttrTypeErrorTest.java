package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input gives mlir-opt-22's first error, at its line and column. The table ({@code errors.tsv})
 * was collected by running {@code mlir-opt-22 --allow-unregistered-dialect} on {@code "t.op"() {a =
 * <input>} : () -> ()}.
 */
class AttrTypeErrorTest {
  static List<Arguments> rows() throws IOException {
    return ParseHarness.table("errors.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void reportsAsMlirOpt(String input, String expected) {
    Context context = ParseHarness.context();
    ParseHarness.Result<Attribute> result = ParseHarness.inTestOp(context, input);
    assertNull(result.value(), () -> input + " parsed as " + result.value());
    assertEquals(expected, result.firstError());
  }
}
