package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A registered op's inherent attributes take part in alias numbering together with its discardable
 * ones, in name order, as mlir-opt-22 does for {@code affine.load}'s {@code map}; an unregistered
 * op's properties do not (checked with mlir-opt-22 on both).
 */
class PropertyAliasTest {
  /** A dialect with one registered op, {@code p.load}, that has properties but no custom form. */
  private static final class PropertyDialect extends Dialect {
    PropertyDialect() {
      super("p");
    }

    @Override
    protected void initialize(Context context) {
      context.registerOperation(OpDefinition.builder("p.load").inherentAttributes("map").build());
    }
  }

  private static String print(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    context.loadDialect(new PropertyDialect());
    Operation module = MlirParser.parse(context, new SourceFile("p.mlir", text)).orElseThrow();
    return AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(true));
  }

  @ParameterizedTest
  @CsvSource({"z, '#map', '#map1'", "a, '#map1', '#map'"})
  void registeredPropertiesAreAliasedInNameOrder(String key, String mapAlias, String keyAlias) {
    String printed =
        print(
            "\"p.load\"() <{map = affine_map<(d0) -> (d0)>}> {"
                + key
                + " = affine_map<(d0, d1) -> (d1)>} : () -> ()");
    assertEquals(
        "#map = affine_map<"
            + (mapAlias.equals("#map") ? "(d0) -> (d0)" : "(d0, d1) -> (d1)")
            + ">\n#map1 = affine_map<"
            + (mapAlias.equals("#map") ? "(d0, d1) -> (d1)" : "(d0) -> (d0)")
            + ">\n\"builtin.module\"() ({\n  \"p.load\"() <{map = "
            + mapAlias
            + "}> {"
            + key
            + " = "
            + keyAlias
            + "} : () -> ()\n}) : () -> ()\n",
        printed);
  }

  @ParameterizedTest
  @CsvSource({"p.load", "u.load"})
  void unregisteredPropertiesStayInline(String name) {
    String printed = print("\"" + name + "\"() <{map = affine_map<(d0) -> (d0)>}> : () -> ()");
    String expected =
        name.equals("p.load")
            ? "#map = affine_map<(d0) -> (d0)>\n\"builtin.module\"() ({\n  \"p.load\"() <{map ="
                + " #map}> : () -> ()\n}) : () -> ()\n"
            : "\"builtin.module\"() ({\n  \"u.load\"() <{map = affine_map<(d0) -> (d0)>}> :"
                + " () -> ()\n}) : () -> ()\n";
    assertEquals(expected, printed);
  }
}
