package dev.aic.text.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aic.ir.Context;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random ops of the test formats: print, parse, print is a fixed point and keeps the IR. */
class FormatRoundTripProperties {
  private static final List<String> I32 = List.of("%a", "%b");

  private static Arbitrary<String> i32s(int min, int max) {
    return Arbitraries.of(I32).list().ofMinSize(min).ofMaxSize(max).map(l -> String.join(", ", l));
  }

  private static String types(String operands, String type) {
    return operands.isEmpty()
        ? ""
        : java.util.Arrays.stream(operands.split(", "))
            .map(o -> type)
            .collect(Collectors.joining(", "));
  }

  private static Arbitrary<String> attrDict() {
    return Arbitraries.of("", " {x}", " {y = 3 : i32}", " {x, z = \"s\"}");
  }

  private static Arbitrary<String> addi() {
    return Combinators.combine(
            Arbitraries.of("", " overflow<nsw>", " overflow<nuw>", " overflow<nsw, nuw>"),
            attrDict())
        .as((flags, dict) -> "%r = arith.addi %a, %b" + flags + dict + " : i32");
  }

  private static Arbitrary<String> cmpi() {
    return Combinators.combine(
            Arbitraries.of(FormatTestDialect.CMPI_PREDICATE.cases()),
            Arbitraries.of(I32),
            attrDict())
        .as((p, lhs, dict) -> "%r = arith.cmpi " + p + ", " + lhs + ", %b" + dict + " : i32");
  }

  private static Arbitrary<String> load() {
    return Combinators.combine(
            Arbitraries.of("%i").list().ofMaxSize(3).map(l -> String.join(", ", l)),
            Arbitraries.of("", " {nontemporal = true}", " {nontemporal = false, q}"))
        .as((idx, dict) -> "%r = memref.load %m[" + idx + "]" + dict + " : memref<4x?xf32>");
  }

  private static Arbitrary<String> call() {
    return Combinators.combine(i32s(0, 3), Arbitraries.integers().between(0, 3), attrDict())
        .as(
            (args, results, dict) -> {
              String lhs = results == 0 ? "" : results == 1 ? "%r = " : "%r:" + results + " = ";
              String resultTypes =
                  results == 1
                      ? "i64"
                      : "("
                          + String.join(", ", java.util.Collections.nCopies(results, "i64"))
                          + ")";
              return lhs
                  + "func.call @f("
                  + args
                  + ")"
                  + dict
                  + " : ("
                  + types(args, "i32")
                  + ") -> "
                  + resultTypes;
            });
  }

  private static Arbitrary<String> scfYield() {
    return Combinators.combine(i32s(0, 3), attrDict())
        .as(
            (args, dict) ->
                "scf.yield"
                    + dict
                    + (args.isEmpty() ? "" : " " + args + " : " + types(args, "i32")));
  }

  private static Arbitrary<String> oilist() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), attrDict())
        .as(
            (lower, nowait, dict) ->
                "fmt.oilist"
                    + (nowait ? " nowait" : "")
                    + (lower ? " lower = %i : index" : "")
                    + dict);
  }

  /**
   * {@code type(operands)} parses one type or more (MLIR's parseTypeList), so one operand at least.
   */
  private static Arbitrary<String> all() {
    return Combinators.combine(i32s(1, 3), Arbitraries.integers().between(1, 3), attrDict())
        .as(
            (args, results, dict) ->
                "%r:"
                    + results
                    + " = fmt.all "
                    + args
                    + dict
                    + " : "
                    + types(args, "i32")
                    + " -> "
                    + String.join(", ", java.util.Collections.nCopies(results, "f32")));
  }

  @Provide
  Arbitrary<String> terminator() {
    return scfYield();
  }

  @Provide
  Arbitrary<List<String>> ops() {
    return Arbitraries.oneOf(addi(), cmpi(), load(), call(), oilist(), all())
        .list()
        .ofMinSize(1)
        .ofMaxSize(6);
  }

  /**
   * {@code scf.yield} ends the block: like MLIR's, its operand list would read the SSA name that
   * starts a following op.
   */
  @Property(tries = 200)
  void printParsePrintIsAFixedPoint(
      @ForAll("ops") List<String> ops, @ForAll("terminator") String terminator) {
    StringBuilder body = new StringBuilder();
    for (int k = 0; k < ops.size(); k++) {
      body.append("  ").append(ops.get(k).replace("%r", "%r" + k)).append('\n');
    }
    body.append("  ").append(terminator);
    Context ctx = FormatHarness.context();
    FormatHarness.Parsed first = FormatHarness.parse(ctx, FormatHarness.wrap(body.toString()));
    assertNull(first.error(), () -> first.error() + "\n" + body);
    String printed = FormatHarness.print(first.module());
    FormatHarness.Parsed second = FormatHarness.parse(ctx, printed);
    assertNull(second.error(), () -> second.error() + "\n" + printed);
    assertEquals(printed, FormatHarness.print(second.module()));
    assertEquals(
        FormatHarness.printGeneric(first.module()), FormatHarness.printGeneric(second.module()));
  }
}
