package dev.aic.text.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.diag.Severity;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Broken input never breaks the parser: valid texts (the corpus and random printed modules) mutated
 * by random edits parse to a module or to error diagnostics, never to an escaped exception or an
 * {@code internal compiler error}, and within a time bound; deep nesting is a nesting error, not a
 * {@link StackOverflowError}; a megabyte of garbage is read in (at most) linear time.
 */
class RobustnessProperties {
  /** Far above what any of these inputs needs; only a hang or super-linear work exceeds it. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  /** Tokens of the lexer's vocabulary and characters that trip lexers. */
  private static final String[] VOCABULARY = {
    "{-#",
    "#-}",
    "->",
    "...",
    "::",
    ":",
    ",",
    "=",
    "<",
    ">",
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    "-",
    "+",
    "?",
    "*",
    "|",
    "1.5e3",
    "0x1F",
    "42",
    "\"s\"",
    "\"",
    "\\",
    "\"\\",
    "@f",
    "@\"q\"",
    "%0",
    "%x#1",
    "^bb1",
    "#map",
    "!t",
    "#t.a<",
    "!t.b<",
    "// c\n",
    "\n",
    " ",
    "\t",
    "x",
    "i32",
    "f32",
    "tensor<",
    "memref<",
    "vector<[",
    "dense<",
    "dense_resource<",
    "affine_map<(d0) -> (",
    "loc(",
    "callsite(",
    "fused[",
    "unknown",
    "strided<[",
    "offset:",
    "array<i8:",
    "\"t.op\"()",
    "true",
    "complex<",
    "tuple<",
    "index",
    "none",
    "é",
    "\uD83D\uDE00",
    "\uD800",
    "\0",
    "\r",
    "\u00ff",
    "0x",
    "9999999999999999999999999",
    "i16777216",
    "si1",
    "f8E4M3FN",
    "ceildiv",
    "mod",
    "floordiv",
    "s0",
    "d0",
    "module",
    "attributes",
    "{-# dialect_resources: {",
    "builtin.module"
  };

  private static Path corpus() {
    try {
      return Path.of(RobustnessProperties.class.getResource("/corpus/expected").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> corpusTexts() {
    try (Stream<Path> files = Files.list(corpus())) {
      return files
          .filter(p -> p.toString().endsWith(".mlir"))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readString(p, StandardCharsets.UTF_8);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses {@code text} within the time bound and checks the outcome: a module without errors, or
   * no module and at least one error, none of them an internal compiler error.
   */
  static Optional<Operation> parseSafely(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Optional<Operation> module =
          assertTimeoutPreemptively(
              BOUND, () -> MlirParser.parse(context, new SourceFile("m.mlir", text)));
      List<Diagnostic> errors =
          capture.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
      for (Diagnostic d : errors) {
        assertFalse(d.message().contains("internal compiler error"), () -> d + "\nin:\n" + text);
      }
      assertEquals(module.isEmpty(), !errors.isEmpty(), () -> errors + "\nin:\n" + text);
      return module;
    }
  }

  /** One random edit of {@code text}. */
  static String mutate(String text, Random random) {
    int n = text.length();
    int at = n == 0 ? 0 : random.nextInt(n + 1);
    int len = Math.min(n - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
    StringBuilder out = new StringBuilder(text);
    switch (random.nextInt(6)) {
      case 0 -> out.delete(at, at + len);
      case 1 -> out.insert(at, text, at, at + len);
      case 2 -> out.insert(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
      case 3 -> out.setLength(at);
      case 4 -> {
        if (n > 0) {
          int other = random.nextInt(n);
          char c = out.charAt(at == n ? n - 1 : at);
          out.setCharAt(at == n ? n - 1 : at, out.charAt(other));
          out.setCharAt(other, c);
        }
      }
      default -> {
        if (at < n) {
          out.setCharAt(at, (char) random.nextInt(128));
        }
      }
    }
    return out.toString();
  }

  private static String mutateSeveral(String text, Random random) {
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      text = mutate(text, random);
    }
    return text;
  }

  @Provide
  Arbitrary<String> mutatedCorpus() {
    List<String> texts = corpusTexts();
    return Arbitraries.randomValue(r -> mutateSeveral(texts.get(r.nextInt(texts.size())), r));
  }

  @Provide
  Arbitrary<String> mutatedRandomModules() {
    return Arbitraries.randomValue(
        r -> {
          Operation module = RandomIr.module(r.nextLong(), 25);
          PrintOptionsChoice choice = PrintOptionsChoice.values()[r.nextInt(3)];
          return mutateSeveral(AsmPrinter.print(module, choice.options), r);
        });
  }

  /** The three forms the printer writes. */
  private enum PrintOptionsChoice {
    GENERIC(RoundTripProperties.GENERIC),
    DEFAULT(dev.aic.text.print.PrintOptions.DEFAULT),
    DEBUG_INFO(RoundTripProperties.GENERIC_DEBUG_INFO);

    final dev.aic.text.print.PrintOptions options;

    PrintOptionsChoice(dev.aic.text.print.PrintOptions options) {
      this.options = options;
    }
  }

  @Property(tries = 400)
  void mutatedCorpusFilesParseOrReportErrors(@ForAll("mutatedCorpus") String text) {
    parseSafely(text);
  }

  @Property(tries = 300)
  void mutatedRandomModulesParseOrReportErrors(@ForAll("mutatedRandomModules") String text) {
    parseSafely(text);
  }

  @Property(tries = 200)
  void tokenSoupParsesOrReportsErrors(@ForAll("tokenSoup") String text) {
    parseSafely(text);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(VOCABULARY).list().ofMaxSize(40).map(parts -> String.join("", parts));
  }

  @Test
  void theCorpusItselfParses() {
    for (String text : corpusTexts()) {
      assertTrue(parseSafely(text).isPresent());
    }
  }

  // ---- deep nesting --------------------------------------------------------------------------

  private static void assertNestingError(String text) {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      Optional<Operation> module =
          assertTimeoutPreemptively(
              BOUND, () -> MlirParser.parse(context, new SourceFile("deep.mlir", text)));
      assertTrue(module.isEmpty());
      assertEquals(1, capture.diagnostics().size(), () -> capture.diagnostics().toString());
      assertTrue(
          capture.diagnostics().get(0).message().equals("nesting deeper than 512 levels"),
          () -> capture.diagnostics().toString());
    }
  }

  private static String nested(String open, String middle, String close, int depth) {
    return open.repeat(depth) + middle + close.repeat(depth);
  }

  @Test
  void deepRegionsAreANestingError() {
    assertNestingError(nested("\"t.op\"() ({\n", "", "}) : () -> ()\n", 10_000));
  }

  @Test
  void deepAttributesAreANestingError() {
    assertNestingError("\"t.op\"() {a = " + nested("[", "1", "]", 10_000) + "} : () -> ()");
    assertNestingError("\"t.op\"() {a = " + nested("{a = ", "1", "}", 10_000) + "} : () -> ()");
    assertNestingError(
        "\"t.op\"() {a = dense<" + nested("[", "1", "]", 10_000) + "> : tensor<1xi32>} : () -> ()");
  }

  @Test
  void deepTypesAreANestingError() {
    assertNestingError("\"t.op\"() : () -> " + nested("tuple<", "i32", ">", 10_000));
    assertNestingError("\"t.op\"() : () -> " + nested("vector<1x", "i32", ">", 10_000));
    assertNestingError("\"t.op\"() : " + nested("(", "", ") -> ()", 10_000));
    assertNestingError("\"t.op\"() : () -> " + nested("complex<", "f32", ">", 10_000));
    assertNestingError("\"t.op\"() : () -> " + nested("tensor<", "f32", ">", 10_000));
  }

  @Test
  void deepAffineExpressionsAndLocationsAreANestingError() {
    assertNestingError(
        "\"t.op\"() {a = affine_map<(d0) -> (" + nested("(", "d0", ")", 10_000) + ")>} : () -> ()");
    assertNestingError(
        "\"t.op\"() {a = affine_map<(d0) -> (" + "-".repeat(10_000) + "d0)>} : () -> ()");
    assertNestingError(
        "\"t.op\"() : () -> () loc("
            + nested("callsite(", "unknown", " at unknown)", 10_000)
            + ")");
    assertNestingError(
        "\"t.op\"() : () -> () loc(" + nested("fused[", "unknown", "]", 10_000) + ")");
    assertNestingError(
        "\"t.op\"() : () -> () loc(" + nested("\"n\"(", "unknown", ")", 10_000) + ")");
  }

  @Test
  void deepDialectSymbolsDoNotOverflowTheStack() {
    // A dialect attribute or type body is balanced text, not parsed structure: deep is fine.
    String deep = nested("<", "", ">", 10_000);
    parseSafely("\"t.op\"() {a = #t.a" + deep + "} : () -> ()");
    parseSafely("\"t.op\"() : () -> !t.b" + deep);
    parseSafely("\"t.op\"() {a = #t.a" + nested("[", "", "]", 10_000) + "} : () -> ()");
  }

  // ---- large garbage -------------------------------------------------------------------------

  private static final int MEGABYTE = 1 << 20;

  /**
   * A megabyte of each kind of garbage finishes within the bound, which only quadratic (or worse)
   * work in the input size would exceed: a linear pass over a megabyte takes milliseconds.
   */
  @Test
  void aMegabyteOfGarbageFinishesInLinearTime() {
    Random random = new Random(1);
    StringBuilder bytes = new StringBuilder(MEGABYTE);
    for (int i = 0; i < MEGABYTE; i++) {
      bytes.append((char) random.nextInt(256));
    }
    StringBuilder tokens = new StringBuilder(MEGABYTE);
    while (tokens.length() < MEGABYTE) {
      tokens.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    List<String> inputs =
        List.of(
            bytes.toString(),
            tokens.toString(),
            "\n".repeat(MEGABYTE) + "}",
            "// c\n".repeat(MEGABYTE / 5) + "}",
            "\"" + "a".repeat(MEGABYTE),
            "\"" + "\\".repeat(MEGABYTE),
            "%" + "a".repeat(MEGABYTE),
            "\"t.op\"() {a = \"" + "\\00".repeat(MEGABYTE / 3) + "\"} : () -> ()",
            "\"t.op\"() {a = " + "1".repeat(MEGABYTE) + "} : () -> ()",
            "\"t.op\"() {a = [" + "1, ".repeat(MEGABYTE / 3) + "} : () -> ()",
            "\"t.op\"() : () -> " + "tuple<".repeat(400) + "i32" + ",".repeat(MEGABYTE),
            "#t.a<" + "(".repeat(MEGABYTE),
            "\"t.op\"() : () -> ()\n".repeat(MEGABYTE / 20) + "%",
            "^bb0:\n".repeat(MEGABYTE / 6),
            "\"t.op\"() ({\n" + "^bb0:\n".repeat(MEGABYTE / 6) + "}) : () -> ()");
    for (String input : inputs) {
      parseSafely(input);
    }
  }
}
