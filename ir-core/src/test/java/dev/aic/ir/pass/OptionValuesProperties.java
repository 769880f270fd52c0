package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionException;
import dev.aic.ir.pass.option.OptionType;
import dev.aic.ir.pass.option.OptionValues;
import dev.aic.ir.transforms.TestPasses;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Option text: parse, print, parse gives equal values; typed access; errors. */
class OptionValuesProperties {
  static final Option<Long> INT = Option.of("n", "an int", OptionType.INT, 3L);
  static final Option<Boolean> BOOL = Option.of("flag", "a bool", OptionType.BOOL, false);
  static final Option<String> STRING = Option.of("s", "a string", OptionType.STRING, "");
  static final Option<TestPasses.Example> ENUM =
      Option.of("e", "an enum", OptionType.enumOf(TestPasses.Example.class), null);
  static final Option<List<Long>> INTS = Option.list("ints", "ints", OptionType.INT);
  static final Option<List<String>> STRINGS = Option.list("strs", "strings", OptionType.STRING);
  static final List<Option<?>> SCHEMA = List.of(INT, BOOL, STRING, ENUM, INTS, STRINGS);

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.strings()
        .withChars("ab ,{}=x-1\"")
        .ofMaxLength(8)
        .filter(s -> balanced(s) && s.chars().filter(c -> c == '"').count() == 0);
  }

  @Provide
  Arbitrary<List<String>> valueLists() {
    return values().list().ofMaxSize(4);
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  @Property(tries = 300)
  void printThenParseGivesTheSameValues(
      @ForAll long n,
      @ForAll boolean flag,
      @ForAll("values") String s,
      @ForAll TestPasses.Example e,
      @ForAll List<@net.jqwik.api.constraints.IntRange(min = -5, max = 500) Integer> ints,
      @ForAll("valueLists") List<String> strings) {
    String text =
        "n="
            + n
            + " flag="
            + flag
            + " s="
            + OptionType.STRING.print(s)
            + " e="
            + OptionType.enumOf(TestPasses.Example.class).print(e)
            + " ints="
            + OptionType.listOf(OptionType.INT).print(ints.stream().map(Long::valueOf).toList())
            + " strs="
            + OptionType.listOf(OptionType.STRING).print(strings);
    OptionValues parsed = OptionValues.parse(SCHEMA, text);
    assertEquals(n, parsed.get(INT));
    assertEquals(s, parsed.get(STRING));
    assertEquals(e, parsed.get(ENUM));
    assertEquals(strings, parsed.get(STRINGS));
    assertEquals(parsed, OptionValues.parse(SCHEMA, parsed.print()));
  }

  @Test
  void defaultsBareFlagsAndRepeatedLists() {
    OptionValues values = OptionValues.parse(SCHEMA, "flag ints=1,2 ints=0x10 s=\"a b\"");
    assertEquals(3L, values.get(INT));
    assertEquals(true, values.get(BOOL));
    assertEquals(List.of(1L, 2L, 16L), values.get(INTS));
    assertEquals("a b", values.get(STRING));
    assertEquals("flag=true ints={1,2,16} n=3 s={a b}", values.print());
  }

  @Test
  void errorsNameTheOption() {
    OptionException e =
        assertThrows(OptionException.class, () -> OptionValues.parse(SCHEMA, "flag n=x"));
    assertEquals("for the --n option: 'x' value invalid for integer argument!", e.getMessage());
    assertEquals(5, e.offset());
  }

  @Test
  void unsignedOptionsTakeWhatLlvmsUnsignedTakes() {
    Option<Long> uint = Option.of("len", "a uint", OptionType.UINT, 20L);
    assertEquals(4294967295L, OptionValues.parse(List.of(uint), "len=4294967295").get(uint));
    assertEquals(16L, OptionValues.parse(List.of(uint), "len=0x10").get(uint));
    // mlir-opt-22 --view-op-graph=max-label-len=V says this for each of these values.
    for (String bad : List.of("-1", "4294967296", "x")) {
      OptionException e =
          assertThrows(
              OptionException.class, () -> OptionValues.parse(List.of(uint), "len=" + bad));
      assertEquals(
          "for the --len option: '" + bad + "' value invalid for uint argument!", e.getMessage());
    }
  }
}
