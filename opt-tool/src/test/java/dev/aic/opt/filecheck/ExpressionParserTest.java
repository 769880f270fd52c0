package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numeric substitution blocks: formats, definitions, expressions and their errors. */
class ExpressionParserTest {
  private final PatternContext context = new PatternContext();

  private ExpressionParser.Block parse(String block) throws PatternError {
    Source source = new Source("check", block);
    return new ExpressionParser(context, 1).parseBlock(new Text(source, 0, block.length()), false);
  }

  private NumericVariable define(String name, long value) {
    NumericVariable variable = new NumericVariable(name, ExpressionFormat.UNSIGNED, 0);
    variable.set(BigInteger.valueOf(value), null);
    context.putNumericVariable(name, variable);
    return variable;
  }

  private BigInteger eval(String block) throws PatternError {
    return parse(block).expression().eval(new ArrayList<>());
  }

  @Test
  void definitionWithFormat() throws PatternError {
    ExpressionParser.Block block = parse("%x,ADDR:");
    assertNull(block.expression());
    assertEquals("ADDR", block.defined().name());
    assertEquals(new ExpressionFormat(ExpressionFormat.Kind.HEX_LOWER, 0, false), block.format());
    assertEquals("[0-9a-f]+", block.format().wildcardRegex());
  }

  @Test
  void expressionsAndFunctions() throws PatternError {
    define("N", 7);
    assertEquals(BigInteger.valueOf(8), eval("N+1"));
    assertEquals(BigInteger.valueOf(4), eval("N - 3"));
    assertEquals(BigInteger.valueOf(21), eval("mul(N,3)"));
    assertEquals(BigInteger.valueOf(3), eval("div(N, 2)"));
    assertEquals(BigInteger.valueOf(100), eval("max(N,100)"));
    assertEquals(BigInteger.valueOf(10), eval("add(N,(1+2))"));
    assertEquals(BigInteger.valueOf(16), eval("0x10"));
    assertEquals(BigInteger.valueOf(8), eval("010"));
  }

  @Test
  void divisionByZeroHasNoValue() throws PatternError {
    define("N", 7);
    List<Text> undefined = new ArrayList<>();
    assertNull(parse("div(N,0)").expression().eval(undefined));
    assertEquals(List.of(), undefined);
  }

  @Test
  void undefinedVariablesAreListedInOrder() throws PatternError {
    List<Text> undefined = new ArrayList<>();
    assertNull(parse("A+B").expression().eval(undefined));
    assertEquals(List.of("A", "B"), undefined.stream().map(Text::toString).toList());
  }

  @Test
  void formatsWriteValues() {
    assertEquals(
        "0ff",
        new ExpressionFormat(ExpressionFormat.Kind.HEX_LOWER, 3, false)
            .matchingString(BigInteger.valueOf(255)));
    assertEquals(
        "0xAB",
        new ExpressionFormat(ExpressionFormat.Kind.HEX_UPPER, 0, true)
            .matchingString(BigInteger.valueOf(171)));
    assertEquals(
        "-5",
        new ExpressionFormat(ExpressionFormat.Kind.SIGNED, 0, false)
            .matchingString(BigInteger.valueOf(-5)));
    assertNull(ExpressionFormat.UNSIGNED.matchingString(BigInteger.valueOf(-1)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "%q,X:|invalid format specifier in expression",
        "%#u,X:|alternate form only supported for hex values",
        "X*2|unsupported operation '*'",
        "pow(2,3)|call to undefined function 'pow'",
        "add(1)|function 'add' takes 2 arguments but 1 given",
        "add(1,|missing ')' at end of call expression",
        "add(1,,2)|missing argument",
        "add(1 2)|unsupported operation '2'",
        "(1+2|missing ')' at end of nested expression",
        "1+|missing operand in expression",
        "@FOO|invalid pseudo numeric variable '@FOO'",
        "==|empty numeric expression should not have a constraint",
        "X Y:|unexpected characters after numeric variable name",
        "!|invalid matching constraint or operand format",
      })
  void rejects(String block, String message) {
    PatternError error = assertThrows(PatternError.class, () -> parse(block));
    assertEquals(message, error.errors().get(0).message());
  }

  @Test
  void implicitFormatsMustAgree() {
    NumericVariable hex =
        new NumericVariable(
            "H", new ExpressionFormat(ExpressionFormat.Kind.HEX_LOWER, 0, false), 0);
    context.putNumericVariable("H", hex);
    define("U", 1);
    PatternError error = assertThrows(PatternError.class, () -> parse("H+U"));
    assertEquals(
        "implicit format conflict between 'H' (%x) and 'U' (%u), need an explicit format"
            + " specifier",
        error.errors().get(0).message());
  }
}
