package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.TupleType;
import dev.aic.ir.type.Type;
import dev.aic.text.DialectAsmParser;
import dev.aic.text.DialectSyntax;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's behaviour beyond the tables: nesting, aliases, dialect hooks, optional calls. */
class AttrTypeParserTest {
  @ParameterizedTest
  @ValueSource(
      strings = {"[", "tensor<", "tuple<", "(", "{a = ", "dense<[", "loc(callsite(", "complex<"})
  void deepNestingIsAnErrorNotAStackOverflow(String open) {
    String text = open.repeat(100_000);
    if (open.equals("loc(callsite(")) {
      text = "loc(" + "callsite(".repeat(100_000);
    } else if (open.equals("dense<[")) {
      text = "dense<" + "[".repeat(100_000);
    }
    ParseHarness.Result<Attribute> result = ParseHarness.attribute(ParseHarness.context(), text);
    assertNull(result.value());
    assertEquals("nesting deeper than 512 levels", result.diagnostics().get(0).message());
  }

  @Test
  void deepAffineNestingAndLongChainsAreFine() {
    Context context = ParseHarness.context();
    String parens = "affine_map<(d0) -> (" + "(".repeat(100_000) + "d0";
    assertEquals(
        "nesting deeper than 512 levels",
        ParseHarness.attribute(context, parens).diagnostics().get(0).message());
    String negations = "affine_map<(d0) -> (" + "-".repeat(100_000) + "d0)>";
    assertEquals(
        "nesting deeper than 512 levels",
        ParseHarness.attribute(context, negations).diagnostics().get(0).message());
    String chain = "affine_map<(d0) -> (" + "d0 + ".repeat(100_000) + "d0)>";
    assertEquals(
        "affine_map<(d0) -> (d0 * 100001)>",
        ParseHarness.attribute(context, chain).value().toString());
  }

  @Test
  void aliasesResolve() {
    Context context = ParseHarness.context();
    ParseHarness.Result<Attribute> result =
        ParseHarness.parse(
            context,
            "[#map, !t, loc(#loc)]",
            p -> {
              p.state().attributeAliases().put("map", IntegerAttr.index(context, 3));
              p.state().attributeAliases().put("loc", Location.unknown());
              p.state().typeAliases().put("t", IntegerType.get(context, 7));
              return p.parseAttribute(null);
            });
    assertEquals("[3 : index, i7, loc(unknown)]", result.value().toString());
  }

  @Test
  void optionalCallsConsumeNothingWhenAbsent() {
    Context context = ParseHarness.context();
    ParseHarness.Result<String> result =
        ParseHarness.parse(
            context,
            "%x",
            p -> {
              String seen =
                  p.parseOptionalType().isPresent()
                      + " "
                      + p.parseOptionalAttribute(null).isPresent()
                      + " "
                      + p.parseOptionalLocationSpecifier().isPresent();
              p.state().tokens().next();
              return seen;
            });
    assertEquals("false false false", result.value());
  }

  @Test
  void locationSpecifierAndBodies() {
    Context context = ParseHarness.context();
    assertEquals(
        Optional.of("loc(\"f\":1:2)"),
        ParseHarness.parse(
                context, "loc(\"f\":1:2)", AttrTypeParser::parseOptionalLocationSpecifier)
            .value()
            .map(Object::toString));
    assertEquals(
        "(d0)[s0] -> (d0 + s0)",
        ParseHarness.parse(context, "(d0)[s0] -> (s0 + d0)", AttrTypeParser::parseAffineMapBody)
            .value()
            .toString());
    assertEquals(
        "(d0) : (d0 >= 0)",
        ParseHarness.parse(context, "(d0) : (d0 >= 0)", AttrTypeParser::parseIntegerSetBody)
            .value()
            .toString());
    assertEquals(
        "{a = 1 : i32, b}",
        ParseHarness.parse(context, "{b, a = 1 : i32}", AttrTypeParser::parseAttributeDictionary)
            .value()
            .toString());
  }

  @Test
  void opaqueBodiesAreVerbatim() {
    Context context = ParseHarness.context();
    Type t =
        ParseHarness.parse(context, "!foo.bar<  1,\"a>\" ,[x]  >", AttrTypeParser::parseType)
            .value();
    assertEquals(OpaqueType.get(context, "foo", "bar<  1,\"a>\" ,[x]  >"), t);
  }

  @Test
  void unregisteredDialectsNeedPermission() {
    Context context = new Context();
    ParseHarness.Result<Type> result =
        ParseHarness.parse(context, "!foo.bar<1>", AttrTypeParser::parseType);
    assertEquals(
        "1:6: `!\"foo\"<\"bar<1>\">` type created with unregistered dialect. If this is intended,"
            + " please call allowUnregisteredDialects() on the MLIRContext, or use"
            + " -allow-unregistered-dialect with the MLIR opt tool used",
        result.firstError());
  }

  /** A dialect with {@code !tst.pair<T, U>} and {@code #tst.name<"s">}. */
  static final class TestSyntaxDialect extends Dialect implements DialectSyntax {
    TestSyntaxDialect() {
      super("tst");
    }

    @Override
    protected void initialize(Context context) {}

    @Override
    public Type parseType(DialectAsmParser p) {
      p.parseKeyword("pair");
      p.parsePunctuation("<");
      Type a = p.parseType();
      p.parsePunctuation(",");
      Type b = p.parseType();
      p.parsePunctuation(">");
      return TupleType.get(p.context(), List.of(a, b));
    }

    @Override
    public Attribute parseAttribute(DialectAsmParser p, Type type) {
      p.parseKeyword("name");
      p.parsePunctuation("<");
      String s = p.parseString();
      p.parsePunctuation(">");
      return new StringAttr(s, type);
    }
  }

  @Test
  void dialectSyntaxParsesItsOwnSymbols() {
    Context context = new Context();
    context.loadDialect(new TestSyntaxDialect());
    assertEquals(
        "tuple<i32, tensor<4xf32>>",
        ParseHarness.parse(context, "!tst.pair<i32, tensor<4xf32>>", AttrTypeParser::parseType)
            .value()
            .toString());
    assertEquals(
        "[\"x\" : i8, 1]",
        ParseHarness.attribute(context, "[#tst.name<\"x\"> : i8, 1]").value().toString());
    assertEquals(
        "1:19: expected '>'",
        ParseHarness.parse(context, "!tst.pair<i32, f32 f32>", AttrTypeParser::parseType)
            .firstError());
  }

  @Test
  void dimensionListsSplitIdentifiers() {
    Context context = ParseHarness.context();
    assertEquals(
        "tensor<0x4x?x8xf32>",
        ParseHarness.parse(context, "tensor<0x4x?x8xf32>", AttrTypeParser::parseType)
            .value()
            .toString());
    assertEquals(
        "vector<[4]x8xi1>",
        ParseHarness.parse(context, "vector<[4]x8xi1>", AttrTypeParser::parseType)
            .value()
            .toString());
    // The element type's columns come from the split token.
    assertEquals(
        "1:12: expected non-function type",
        ParseHarness.parse(context, "tensor<4x8x>", AttrTypeParser::parseType).firstError());
  }
}
