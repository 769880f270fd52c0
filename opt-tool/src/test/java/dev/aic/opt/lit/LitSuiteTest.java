package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every lit test under {@code tests/lit} in this JVM, one dynamic test per file. A failing
 * test fails with lit's report (the script, each command's status and output); an UNSUPPORTED one
 * is skipped; XFAIL passes. A RUN line whose tool is neither in process nor on {@code PATH} fails
 * with {@code command not found}. {@code AIC_LIT_EXTERNAL_TOOLS=FileCheck} runs LLVM's FileCheck
 * instead of an in-process one, as {@code bin/aic-lit} does.
 */
class LitSuiteTest {
  private static final Path SUITE = Path.of("..", "tests", "lit").toAbsolutePath().normalize();

  @TestFactory
  Stream<DynamicTest> litSuite() throws Exception {
    assertTrue(
        Files.isRegularFile(SUITE.resolve(TestDiscovery.CONFIG_NAME)), "no suite at " + SUITE);
    TestDiscovery discovery = new TestDiscovery(System.getenv());
    List<LitTest> tests = discovery.discover(List.of(SUITE));
    assertTrue(discovery.warnings().isEmpty(), () -> String.join("\n", discovery.warnings()));
    assertFalse(tests.isEmpty(), "no tests found under " + SUITE);
    ShTestExecutor executor =
        new ShTestExecutor(ToolRegistry.fromClassPath(), AicLit.externalToolsFrom(System.getenv()));
    return tests.stream()
        .map(
            test ->
                DynamicTest.dynamicTest(
                    test.pathInSuite(), test.source().toUri(), () -> check(executor, test)));
  }

  private static void check(ShTestExecutor executor, LitTest test) {
    TestResult result = executor.execute(test);
    if (result.code() == ResultCode.UNSUPPORTED) {
      abort(result.output());
    }
    assertFalse(
        result.code().isFailure(),
        () ->
            result.code().name()
                + ": "
                + test.fullName()
                + "\n******************** TEST '"
                + test.fullName()
                + "' FAILED ********************\n"
                + result.output());
  }
}
