package dev.aic.opt.cl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.opt.AicOptCommandLine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * LLVM's command-line conventions on aic-opt's table. Expected error texts are what mlir-opt-22
 * printed for the same arguments (with its program name replaced).
 */
class CommandLineParserTest {
  private static final CommandLineParser PARSER =
      new CommandLineParser("aic-opt", AicOptCommandLine.table(), 1);

  private static CommandLine parse(String... args) throws UsageException {
    return PARSER.parse(List.of(args));
  }

  private static String error(String... args) {
    return assertThrows(UsageException.class, () -> parse(args)).getMessage();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-allow-unregistered-dialect", "--allow-unregistered-dialect"})
  void longOptionsTakeOneOrTwoDashes(String arg) throws UsageException {
    assertTrue(parse(arg).flag("allow-unregistered-dialect"));
  }

  @ParameterizedTest
  @CsvSource({
    "--allow-unregistered-dialect=false, false",
    "--allow-unregistered-dialect=0, false",
    "--allow-unregistered-dialect=FALSE, false",
    "--allow-unregistered-dialect=true, true",
    "--allow-unregistered-dialect=1, true",
  })
  void booleansTakeAValueAfterEquals(String arg, boolean expected) throws UsageException {
    assertEquals(expected, parse(arg).flag("allow-unregistered-dialect"));
  }

  @Test
  void aBooleanNotGivenIsFalse() throws UsageException {
    assertFalse(parse("in.mlir").flag("allow-unregistered-dialect"));
  }

  @Test
  void valuesFollowEqualsOrComeAsTheNextArgument() throws UsageException {
    assertEquals("out.mlir", parse("-o", "out.mlir").value("o", null));
    assertEquals("out.mlir", parse("-o=out.mlir").value("o", null));
    assertEquals("out.mlir", parse("--o", "out.mlir").value("o", null));
    // The next argument is the value even if it looks like an option.
    assertEquals("--x", parse("-o", "--x").value("o", null));
  }

  @Test
  void anAliasSetsItsTarget() throws UsageException {
    assertEquals("cse", parse("-p", "cse").value("pass-pipeline", null));
    assertEquals("cse", parse("-p=cse").value("pass-pipeline", null));
  }

  @Test
  void anOptionalValueOnlyFollowsEquals() throws UsageException {
    CommandLine bare = parse("--split-input-file", "in.mlir");
    assertEquals("", bare.value("split-input-file", null));
    assertEquals(List.of("in.mlir"), bare.positional());
    assertEquals("//--", parse("--split-input-file=//--").value("split-input-file", null));
  }

  @Test
  void theLastOccurrenceWins() throws UsageException {
    assertEquals("b", parse("-o", "a", "-o", "b").value("o", null));
  }

  @Test
  void aDashIsPositionalAndADoubleDashEndsOptions() throws UsageException {
    assertEquals(List.of("-"), parse("-").positional());
    assertEquals(List.of("--help"), parse("--", "--help").positional());
    assertFalse(parse("--", "--help").flag("help"));
  }

  @Test
  void optionsMayFollowTheInput() throws UsageException {
    CommandLine line = parse("in.mlir", "--mlir-print-op-generic");
    assertTrue(line.flag("mlir-print-op-generic"));
    assertEquals(List.of("in.mlir"), line.positional());
  }

  @Test
  void anUnknownOptionGetsTheNearestSuggestion() {
    assertEquals(
        "Unknown command line argument '--foo'.  Try: 'aic-opt --help'\n"
            + "aic-opt: Did you mean '-o'?",
        error("--foo", "in.mlir"));
    assertEquals(
        "Unknown command line argument '--split-input-fil'.  Try: 'aic-opt --help'\n"
            + "aic-opt: Did you mean '--split-input-file'?",
        error("--split-input-fil"));
  }

  @Test
  void aSuggestionKeepsTheValue() {
    assertTrue(error("--emitt=json").endsWith("Did you mean '--emit=json'?"));
  }

  @Test
  void badValuesAreReportedAsLlvmDoes() {
    assertEquals(
        "for the --allow-unregistered-dialect option: 'foo' is invalid value for boolean"
            + " argument! Try 0 or 1",
        error("--allow-unregistered-dialect=foo"));
    assertEquals("for the -o option: requires a value!", error("-o"));
    assertEquals(
        "for the --mlir-elide-elementsattrs-if-larger option: 'abc' value invalid for uint"
            + " argument!",
        error("--mlir-elide-elementsattrs-if-larger=abc"));
    assertEquals(
        "for the --verify-diagnostics option: Cannot find option named 'bad'!",
        error("--verify-diagnostics=bad"));
    // 32 bits unsigned, as LLVM's cl::opt<unsigned>.
    assertEquals(
        "for the --threads option: '4294967296' value invalid for uint argument!",
        error("--threads=4294967296"));
    assertEquals(
        "for the --threads option: '99999999999' value invalid for uint argument!",
        error("--threads=99999999999"));
  }

  @Test
  void theLargestUintIsAccepted() throws UsageException {
    assertEquals("4294967295", parse("--threads=4294967295").value("threads", null));
  }

  /** A NUL could only come from an in-process caller; as a file name it would fail far later. */
  @Test
  void argumentsWithANulCharacterAreRefused() {
    String expected = "Argument contains a NUL character: '-?x'";
    assertEquals(expected, error("-o", "-\0x"));
    assertEquals(expected, error("--", "-\0x"));
    assertEquals(
        "Argument contains a NUL character: '--mlir-print-ir-tree-dir=?'",
        error("--mlir-print-ir-tree-dir=\0"));
  }

  @Test
  void atMostOneInput() {
    assertEquals(
        "Too many positional arguments specified!\n"
            + "Can specify at most 1 positional arguments: See: aic-opt --help",
        error("a.mlir", "b.mlir"));
  }

  @Test
  void choicesAreChecked() throws UsageException {
    assertEquals("json", parse("--emit=json").value("emit", null));
    assertEquals(
        "only-expected",
        parse("--verify-diagnostics=only-expected").value("verify-diagnostics", null));
    assertEquals("", parse("--verify-diagnostics").value("verify-diagnostics", null));
    assertTrue(error("--emit=yaml").contains("Cannot find option named 'yaml'!"));
  }

  @Test
  void tablesRejectDuplicateNamesAndDanglingAliases() {
    OptionSpec o = OptionSpec.flag("x", "G", "help");
    assertThrows(IllegalArgumentException.class, () -> new OptionTable(List.of(o, o)));
    assertThrows(
        IllegalArgumentException.class, () -> new OptionTable(List.of(OptionSpec.alias("y", o))));
  }
}
