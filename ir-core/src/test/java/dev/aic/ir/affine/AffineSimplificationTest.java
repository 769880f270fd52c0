package dev.aic.ir.affine;

import static dev.aic.ir.affine.AffineExpr.add;
import static dev.aic.ir.affine.AffineExpr.ceilDiv;
import static dev.aic.ir.affine.AffineExpr.floorDiv;
import static dev.aic.ir.affine.AffineExpr.mod;
import static dev.aic.ir.affine.AffineExpr.mul;
import static dev.aic.ir.affine.AffineExpr.neg;
import static dev.aic.ir.affine.AffineExpr.sub;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden table of construction-time simplifications: each row builds an expression through the
 * factories exactly as MLIR's parser builds the input text, and expects what {@code mlir-opt-22}
 * prints for that input. The inputs are {@code src/test/resources/affine/simplify.mlir}, one case
 * per op in table order; its header says how the expected strings were produced.
 */
class AffineSimplificationTest {
  private static final AffineExpr d0 = AffineExpr.dim(0);
  private static final AffineExpr d1 = AffineExpr.dim(1);
  private static final AffineExpr d2 = AffineExpr.dim(2);
  private static final AffineExpr s0 = AffineExpr.symbol(0);
  private static final AffineExpr s1 = AffineExpr.symbol(1);

  private record Row(String input, Supplier<AffineExpr> build, String expected) {}

  private static Row row(String input, Supplier<AffineExpr> build, String expected) {
    return new Row(input, build, expected);
  }

  private static AffineExpr c(long value) {
    return AffineExpr.constant(value);
  }

  private static final List<Row> ROWS =
      List.of(
          row("d1 + d0", () -> add(d1, d0), "d0 + d1"),
          row("d0 + d1", () -> add(d0, d1), "d0 + d1"),
          row("3 + d0", () -> add(c(3), d0), "d0 + 3"),
          row("d0 + 0", () -> add(d0, c(0)), "d0"),
          row("d0 - d0", () -> sub(d0, d0), "0"),
          row("-d0", () -> neg(d0), "-d0"),
          row("d0 * -2", () -> mul(d0, c(-2)), "d0 * -2"),
          row("-(d0 * 2)", () -> neg(mul(d0, c(2))), "d0 * -2"),
          row("d0 - d1", () -> sub(d0, d1), "d0 - d1"),
          row("d0 - 2 * d1", () -> sub(d0, mul(c(2), d1)), "d0 - d1 * 2"),
          row("s0 + d0", () -> add(s0, d0), "d0 + s0"),
          row("s1 + s0", () -> add(s1, s0), "s0 + s1"),
          row("s1 * s0", () -> mul(s1, s0), "s0 * s1"),
          row("s0 * d0", () -> mul(s0, d0), "d0 * s0"),
          row("(d0 + 2) + d1", () -> add(add(d0, c(2)), d1), "d0 + d1 + 2"),
          row("(d0 + 2) + 3", () -> add(add(d0, c(2)), c(3)), "d0 + 5"),
          row("d0 + (d1 + d0)", () -> add(d0, add(d1, d0)), "d0 + d0 + d1"),
          row("d2 + d1 + d0", () -> add(add(d2, d1), d0), "d1 + d2 + d0"),
          row("d0 * 3 + d0 * 2", () -> add(mul(d0, c(3)), mul(d0, c(2))), "d0 * 5"),
          row("d0 + d0", () -> add(d0, d0), "d0 * 2"),
          row(
              "d0 * 3 + d1 + d0 * 2",
              () -> add(add(mul(d0, c(3)), d1), mul(d0, c(2))),
              "d0 * 3 + d1 + d0 * 2"),
          row("5 - d0", () -> sub(c(5), d0), "-d0 + 5"),
          row("-d0 + 5", () -> add(neg(d0), c(5)), "-d0 + 5"),
          row("d0 - d0 floordiv 4 * 4", () -> sub(d0, mul(floorDiv(d0, c(4)), c(4))), "d0 mod 4"),
          row("d0 - (d0 floordiv s0) * s0", () -> sub(d0, mul(floorDiv(d0, s0), s0)), "d0 mod s0"),
          row(
              "(d0 floordiv 4) * -4 + d0",
              () -> add(mul(floorDiv(d0, c(4)), c(-4)), d0),
              "(d0 floordiv 4) * -4 + d0"),
          row(
              "(d0 + d1) - (d1 floordiv 4) * 4",
              () -> sub(add(d0, d1), mul(floorDiv(d1, c(4)), c(4))),
              "d0 + d1 mod 4"),
          row(
              "(d0 + d1 + 1) - (d1 floordiv 4) * 4",
              () -> sub(add(add(d0, d1), c(1)), mul(floorDiv(d1, c(4)), c(4))),
              "d0 + d1 mod 4 + 1"),
          row(
              "(d0 + d1) - (d1 floordiv s0) * s0",
              () -> sub(add(d0, d1), mul(floorDiv(d1, s0), s0)),
              "d0 + d1 - (d1 floordiv s0) * s0"),
          row(
              "d0 - (d0 floordiv -4) * -4",
              () -> sub(d0, mul(floorDiv(d0, c(-4)), c(-4))),
              "d0 + (d0 floordiv -4) * 4"),
          row(
              "d0 + (d0 floordiv 4) floordiv -4",
              () -> add(d0, floorDiv(floorDiv(d0, c(4)), c(-4))),
              "d0 + (d0 floordiv 4) floordiv -4"),
          row(
              "(d0 + d1) + (d1 floordiv 4) * -8",
              () -> add(add(d0, d1), mul(floorDiv(d1, c(4)), c(-8))),
              "d0 + d1 - (d1 floordiv 4) * 8"),
          row("(d0 * 2) * 3", () -> mul(mul(d0, c(2)), c(3)), "d0 * 6"),
          row("(d0 * 2) * s0", () -> mul(mul(d0, c(2)), s0), "(d0 * s0) * 2"),
          row("s0 * (d0 * 2)", () -> mul(s0, mul(d0, c(2))), "(d0 * s0) * 2"),
          row("(d0 + 1) * 2", () -> mul(add(d0, c(1)), c(2)), "(d0 + 1) * 2"),
          row("2 * (d0 + 1)", () -> mul(c(2), add(d0, c(1))), "(d0 + 1) * 2"),
          row("s1 * 2 * s0", () -> mul(mul(s1, c(2)), s0), "(s0 * s1) * 2"),
          row("(s1 + s0) * d0", () -> mul(add(s1, s0), d0), "d0 * (s0 + s1)"),
          row("d0 * 0", () -> mul(d0, c(0)), "0"),
          row("d0 * 1", () -> mul(d0, c(1)), "d0"),
          row("(d0 * s1) * s0", () -> mul(mul(d0, s1), s0), "(d0 * s1) * s0"),
          row("s0 * (s1 * 2)", () -> mul(s0, mul(s1, c(2))), "s0 * (s1 * 2)"),
          row("d0 * s0 + d0 * s0", () -> add(mul(d0, s0), mul(d0, s0)), "(d0 * s0) * 2"),
          row(
              "(d1 floordiv 2) floordiv 3",
              () -> floorDiv(floorDiv(d1, c(2)), c(3)),
              "(d1 floordiv 2) floordiv 3"),
          row("(d0 * 4) floordiv 2", () -> floorDiv(mul(d0, c(4)), c(2)), "d0 * 2"),
          row("(d0 * 6) floordiv 4", () -> floorDiv(mul(d0, c(6)), c(4)), "(d0 * 6) floordiv 4"),
          row(
              "(d0 * 4 + d1) floordiv 2",
              () -> floorDiv(add(mul(d0, c(4)), d1), c(2)),
              "d0 * 2 + d1 floordiv 2"),
          row(
              "(d0 * 4 + d1) floordiv -2",
              () -> floorDiv(add(mul(d0, c(4)), d1), c(-2)),
              "d0 * -2 + d1 floordiv -2"),
          row(
              "(d0 * 4 + d1 * 6) floordiv 2",
              () -> floorDiv(add(mul(d0, c(4)), mul(d1, c(6))), c(2)),
              "d0 * 2 + d1 * 3"),
          row(
              "(d1 + d0 * 4) floordiv 4",
              () -> floorDiv(add(d1, mul(d0, c(4))), c(4)),
              "d1 floordiv 4 + d0"),
          row("d0 floordiv 1", () -> floorDiv(d0, c(1)), "d0"),
          row("d0 floordiv -1", () -> floorDiv(d0, c(-1)), "d0 floordiv -1"),
          row("(d0 * 3) floordiv -1", () -> floorDiv(mul(d0, c(3)), c(-1)), "d0 * -3"),
          row("d0 floordiv 0", () -> floorDiv(d0, c(0)), "d0 floordiv 0"),
          row("7 floordiv -2", () -> floorDiv(c(7), c(-2)), "-4"),
          row("-7 floordiv 2", () -> floorDiv(c(-7), c(2)), "-4"),
          row("-7 ceildiv 2", () -> ceilDiv(c(-7), c(2)), "-3"),
          row("7 ceildiv -2", () -> ceilDiv(c(7), c(-2)), "-3"),
          row(
              "(d0 * 4 + d1) ceildiv 2",
              () -> ceilDiv(add(mul(d0, c(4)), d1), c(2)),
              "(d0 * 4 + d1) ceildiv 2"),
          row("(d0 * 4) ceildiv -2", () -> ceilDiv(mul(d0, c(4)), c(-2)), "d0 * -2"),
          row("d0 ceildiv 1", () -> ceilDiv(d0, c(1)), "d0"),
          row("-7 mod 3", () -> mod(c(-7), c(3)), "2"),
          row("7 mod -2", () -> mod(c(7), c(-2)), "7 mod -2"),
          row("d0 mod 1", () -> mod(d0, c(1)), "0"),
          row("(d0 * 6) mod 3", () -> mod(mul(d0, c(6)), c(3)), "0"),
          row("(d0 * 6) mod 4", () -> mod(mul(d0, c(6)), c(4)), "(d0 * 6) mod 4"),
          row("(d0 * 4 + d1) mod 2", () -> mod(add(mul(d0, c(4)), d1), c(2)), "d1 mod 2"),
          row("(d1 + d0 * 4) mod 2", () -> mod(add(d1, mul(d0, c(4))), c(2)), "d1 mod 2"),
          row("(d0 mod 4) mod 2", () -> mod(mod(d0, c(4)), c(2)), "d0 mod 2"),
          row("(d0 mod 2) mod 4", () -> mod(mod(d0, c(2)), c(4)), "(d0 mod 2) mod 4"),
          row("d0 mod -2", () -> mod(d0, c(-2)), "d0 mod -2"),
          row("(d0 * 4 + d1 * 6) mod 2", () -> mod(add(mul(d0, c(4)), mul(d1, c(6))), c(2)), "0"),
          row("(d0 * s0 * 4) mod 4", () -> mod(mul(mul(d0, s0), c(4)), c(4)), "0"),
          row("(d0 + 1) mod 2", () -> mod(add(d0, c(1)), c(2)), "(d0 + 1) mod 2"),
          row("s0 floordiv 4", () -> floorDiv(s0, c(4)), "s0 floordiv 4"),
          row("(d0 * s0) floordiv s0", () -> floorDiv(mul(d0, s0), s0), "(d0 * s0) floordiv s0"),
          row("(d0 + s0) ceildiv s1", () -> ceilDiv(add(d0, s0), s1), "(d0 + s0) ceildiv s1"),
          row("-(d0 + d1)", () -> neg(add(d0, d1)), "-(d0 + d1)"),
          row("-(d0 floordiv 2)", () -> neg(floorDiv(d0, c(2))), "-(d0 floordiv 2)"),
          row("d0 - (d1 + 1)", () -> sub(d0, add(d1, c(1))), "d0 - (d1 + 1)"),
          row("d0 - d1 mod 2", () -> sub(d0, mod(d1, c(2))), "d0 - d1 mod 2"),
          row("d0 + (d1 + 1) * -2", () -> add(d0, mul(add(d1, c(1)), c(-2))), "d0 - (d1 + 1) * 2"),
          row("d0 + -1 - d1", () -> sub(add(d0, c(-1)), d1), "d0 - d1 - 1"),
          row(
              "-(d0 mod 3) * 2 + 1",
              () -> add(mul(neg(mod(d0, c(3))), c(2)), c(1)),
              "(d0 mod 3) * -2 + 1"),
          row(
              "(d0 + s0) * (s1 + 2)",
              () -> mul(add(d0, s0), add(s1, c(2))),
              "(d0 + s0) * (s1 + 2)"),
          row("5 - s0 * 3", () -> sub(c(5), mul(s0, c(3))), "s0 * -3 + 5"),
          row(
              "d0 - (d0 + 1) floordiv 4 * 4",
              () -> sub(d0, mul(floorDiv(add(d0, c(1)), c(4)), c(4))),
              "d0 - ((d0 + 1) floordiv 4) * 4"),
          row("2 + 3", () -> add(c(2), c(3)), "5"),
          row("2 * 3 - 7", () -> sub(mul(c(2), c(3)), c(7)), "-1"));

  @TestFactory
  Stream<DynamicTest> printsAsMlirOpt() {
    return ROWS.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.input() + "  ->  " + r.expected(),
                    () -> assertEquals(r.expected(), r.build().get().toString())));
  }

  @TestFactory
  Stream<DynamicTest> canonicalFormsAreFixedPoints() {
    return ROWS.stream()
        .map(
            r ->
                DynamicTest.dynamicTest(
                    r.input(),
                    () -> {
                      AffineExpr built = r.build().get();
                      assertEquals(built, built.simplify());
                    }));
  }

  @Test
  void tableMatchesTheMlirInputFile() throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream("/affine/simplify.mlir")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher m = Pattern.compile("-> \\((.*)\\)>\\}").matcher(text);
    List<String> inputs = new ArrayList<>();
    while (m.find()) {
      inputs.add(m.group(1));
    }
    assertEquals(ROWS.stream().map(Row::input).toList(), inputs);
  }
}
