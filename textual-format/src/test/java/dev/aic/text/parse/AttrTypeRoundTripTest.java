package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text → parse → {@code toString()} gives what {@code mlir-opt-22} prints for the same text. The
 * table ({@code roundtrip.tsv}) was collected by running mlir-opt on {@code "t.op"() {a = <input>}
 * : () -> ()} with {@code --allow-unregistered-dialect --mlir-print-local-scope}.
 */
class AttrTypeRoundTripTest {
  static List<Arguments> rows() throws IOException {
    return ParseHarness.table("roundtrip.tsv");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void printsAsMlirOpt(String input, String expected) {
    Context context = ParseHarness.context();
    ParseHarness.Result<Attribute> result = ParseHarness.attribute(context, input);
    assertNotNull(result.value(), () -> input + ": " + result.diagnostics());
    assertEquals(expected, result.value().toString());
    // Printing is a fixpoint: the printed form parses to an equal value.
    ParseHarness.Result<Attribute> again = ParseHarness.attribute(context, expected);
    assertEquals(result.value(), again.value(), () -> expected + ": " + again.diagnostics());
  }
}
