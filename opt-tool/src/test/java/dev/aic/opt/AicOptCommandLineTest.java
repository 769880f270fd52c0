package dev.aic.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.pass.PassManagerOptions;
import dev.aic.opt.cl.CommandLine;
import dev.aic.opt.cl.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link AicOptCommandLine#parse}, which tries aic-opt's own options before the table with one flag
 * per registered pass: lines with pass flags and mistakes must come out as they would from the full
 * table. Expected messages are mlir-opt-22's for the same arguments.
 */
class AicOptCommandLineTest {
  private static CommandLine parse(String... args) throws UsageException {
    return AicOptCommandLine.parse("aic-opt", List.of(args));
  }

  @Test
  void ownOptionsNeedNoPassFlags() throws UsageException {
    CommandLine line = parse("--allow-unregistered-dialect", "-p", "builtin.module()", "in.mlir");
    PassManagerOptions passes = AicOptCommandLine.read(line).passes();
    assertEquals("builtin.module()", passes.pipeline());
    assertTrue(passes.passFlags().isEmpty());
  }

  /** Threads beyond int range (a uint may hold 2^32 - 1) are as many as Java can have. */
  @Test
  void threadCountsBeyondIntRangeAreCapped() throws UsageException {
    assertEquals(
        Integer.MAX_VALUE,
        AicOptCommandLine.read(parse("--threads=4294967295", "in.mlir")).passes().threads());
    assertEquals(3, AicOptCommandLine.read(parse("--threads=3", "in.mlir")).passes().threads());
    assertEquals(
        1,
        AicOptCommandLine.read(parse("--threads=8", "--mlir-disable-threading"))
            .passes()
            .threads());
  }

  @Test
  void passFlagsAreReadWithTheirOptions() throws UsageException {
    CommandLine line =
        parse("--strip-debuginfo", "in.mlir", "--print-ir=label=x", "--mlir-print-debuginfo");
    assertEquals(
        List.of(
            new PassManagerOptions.PassFlag("strip-debuginfo", ""),
            new PassManagerOptions.PassFlag("print-ir", "label=x")),
        AicOptCommandLine.read(line).passes().passFlags());
  }

  @Test
  void aMisspeltPassFlagIsMatchedAgainstAllOptions() {
    UsageException e = assertThrows(UsageException.class, () -> parse("--strip-debugnfo"));
    assertEquals(
        "Unknown command line argument '--strip-debugnfo'.  Try: 'aic-opt --help'\n"
            + "aic-opt: Did you mean '--strip-debuginfo'?",
        e.getMessage());
  }

  @Test
  void anErrorBeforeAPassFlagIsReportedAsBefore() {
    UsageException e =
        assertThrows(
            UsageException.class, () -> parse("--mlir-timing-display=foo", "--strip-debuginfo"));
    assertEquals(
        "for the --mlir-timing-display option: Cannot find option named 'foo'!", e.getMessage());
  }
}
