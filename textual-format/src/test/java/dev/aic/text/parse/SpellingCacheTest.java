package dev.aic.text.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import org.junit.jupiter.api.Test;

/**
 * The spelling cache answers only for the exact spelling it was given, wherever in the source it
 * stands, and the parser caches only what one token spells.
 */
class SpellingCacheTest {
  @Test
  void answersForTheSameSpellingAnywhereAndNothingElse() {
    SpellingCache<Integer> cache = new SpellingCache<>();
    String text = "i32 i64 i32 i3 i320";
    cache.put(text, 0, 3, 32);
    assertEquals(32, cache.get(text, 8, 11));
    assertNull(cache.get(text, 4, 7));
    assertNull(cache.get(text, 12, 14));
    assertNull(cache.get(text, 15, 19));
  }

  @Test
  void aCollidingSpellingReplacesTheOldOne() {
    SpellingCache<String> cache = new SpellingCache<>();
    // "Aa" and "BB" have the same String hash, so they share a slot.
    String text = "Aa BB";
    cache.put(text, 0, 2, "first");
    cache.put(text, 3, 5, "second");
    assertNull(cache.get(text, 0, 2));
    assertEquals("second", cache.get(text, 3, 5));
  }

  @Test
  void compoundTypesAndOpNamesParseAfterTheirFirstUse() {
    String text =
        String.join(
            "\n",
            "\"builtin.module\"() ({",
            "  %0 = \"t.a\"() : () -> tensor<2xi32>",
            "  %1 = \"t.a\"() : () -> tensor<4xf32>",
            "  %2 = \"t.b\"(%0, %1) : (tensor<2xi32>, tensor<4xf32>) -> i32",
            "  %3 = \"t.b\"(%2, %2) : (i32, i32) -> i64",
            "}) : () -> ()",
            "");
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    Operation module = MlirParser.parse(context, new SourceFile("t.mlir", text)).orElseThrow();
    assertEquals(text, AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(true)));
  }
}
