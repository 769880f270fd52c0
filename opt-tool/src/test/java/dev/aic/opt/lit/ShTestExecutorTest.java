package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The internal shell with in-process tools: pipes carry bytes between tools, redirections, {@code
 * not} and {@code not --crash}, {@code cd}/{@code env}, outcomes and the trace.
 */
class ShTestExecutorTest {
  @TempDir Path dir;

  private TestResult run(String script) throws Exception {
    return run(script, Set.of());
  }

  private TestResult run(String script, Set<String> features) throws Exception {
    Path file = dir.resolve("t.test");
    Files.writeString(file, script);
    LitConfig config =
        new LitConfig(
            "unit",
            dir,
            dir,
            Set.of(".test"),
            Set.of(),
            List.of(),
            features,
            Map.of("PATH", "/usr/bin:/bin"),
            List.of());
    return new ShTestExecutor(ToolRegistry.fromClassPath(), Set.of())
        .execute(new LitTest(config, "t.test", file));
  }

  private void assertCode(ResultCode code, TestResult result) {
    assertEquals(code, result.code(), result.output());
  }

  @Test
  void pipesFeedInProcessToolsAndRedirectionsWriteFiles() throws Exception {
    assertCode(
        ResultCode.PASS,
        run(
            "RUN: echo abc > %t.in\n"
                + "RUN: aic-lit-test-tool upper < %t.in | aic-lit-test-tool upper > %t.out\n"
                + "RUN: aic-lit-test-tool stderr oops 2>&1 | aic-lit-test-tool upper >> %t.out\n"));
    assertEquals("ABC\nOOPS\n", Files.readString(dir.resolve("Output/t.test.tmp.out")));
  }

  @Test
  void pipefailTakesTheLastFailure() throws Exception {
    TestResult result = run("RUN: aic-lit-test-tool exit 3 | aic-lit-test-tool exit 0\n");
    assertCode(ResultCode.FAIL, result);
    assertTrue(result.output().startsWith("Exit Code: 3\n"), result.output());
  }

  @Test
  void notInvertsAndNotCrashExpectsACrash() throws Exception {
    assertCode(ResultCode.PASS, run("RUN: not aic-lit-test-tool exit 1\n"));
    assertCode(ResultCode.FAIL, run("RUN: not aic-lit-test-tool crash\n"));
    assertCode(ResultCode.PASS, run("RUN: not --crash aic-lit-test-tool crash\n"));
    assertCode(ResultCode.FAIL, run("RUN: not --crash aic-lit-test-tool exit 1\n"));
  }

  @Test
  void cdAndEnvReachInProcessTools() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    assertCode(
        ResultCode.PASS,
        run(
            "RUN: cd sub && aic-lit-test-tool cwd > %t.cwd\n"
                + "RUN: env GREETING=hi aic-lit-test-tool env GREETING > %t.env\n"));
    assertEquals(dir.resolve("sub") + "\n", Files.readString(dir.resolve("Output/t.test.tmp.cwd")));
    assertEquals("hi\n", Files.readString(dir.resolve("Output/t.test.tmp.env")));
  }

  @Test
  void traceShowsFailingCommandWithItsOutput() throws Exception {
    TestResult result =
        run(
            "RUN: aic-lit-test-tool out fine\nRUN: aic-lit-test-tool stderr bad && aic-lit-test-tool exit 4\n");
    assertCode(ResultCode.FAIL, result);
    assertEquals(
        "Exit Code: 4\n\nCommand Output (stdout):\n--\n"
            + "# RUN: at line 1\naic-lit-test-tool out fine\n"
            + "# executed command: aic-lit-test-tool out fine\n"
            + "# .---command stdout------------\n# | fine\n# `-----------------------------\n"
            + "# RUN: at line 2\naic-lit-test-tool stderr bad && aic-lit-test-tool exit 4\n"
            + "# executed command: aic-lit-test-tool stderr bad\n"
            + "# .---command stderr------------\n# | bad\n# `-----------------------------\n"
            + "# executed command: aic-lit-test-tool exit 4\n"
            + "# note: command had no output on stdout or stderr\n"
            + "# error: command failed with exit status: 4\n\n--\n",
        result.output());
  }

  @Test
  void unknownCommandStopsTheScript() throws Exception {
    TestResult result = run("RUN: no-such-command-xyz || true\n");
    assertCode(ResultCode.FAIL, result);
    assertTrue(result.output().contains("'no-such-command-xyz': command not found"));
  }

  @Test
  void featuresDecideUnsupportedAndExpectedFailure() throws Exception {
    assertCode(ResultCode.UNSUPPORTED, run("REQUIRES: x\nRUN: true\n"));
    assertCode(ResultCode.PASS, run("REQUIRES: x\nRUN: true\n", Set.of("x")));
    assertCode(ResultCode.UNSUPPORTED, run("UNSUPPORTED: x || y\nRUN: true\n", Set.of("y")));
    assertCode(ResultCode.XFAIL, run("XFAIL: x\nRUN: aic-lit-test-tool exit 1\n", Set.of("x")));
    assertCode(ResultCode.XPASS, run("XFAIL: x\nRUN: true\n", Set.of("x")));
    assertCode(ResultCode.UNRESOLVED, run("RUN: echo a |\n"));
  }
}
