package dev.aic.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** aic-opt's pass-manager flags, in-process; the lit tests in tests/lit/aic-opt cover the rest. */
class AicOptPassesTest {
  private static final String INPUT =
      "module {\n  module @inner {\n    \"test.foo\"() : () -> ()\n  }\n}\n";

  @TempDir Path dir;

  private ToolRun run(String... args) {
    return ToolRun.run(new AicOpt(), dir, INPUT, args);
  }

  @Test
  void runsAPipelineAndPrintsTheResult() {
    ToolRun result =
        run("--allow-unregistered-dialect", "-p", "builtin.module(builtin.module(print-op-stats))");
    assertEquals(0, result.status(), result.stderr());
    assertEquals(INPUT + "\n", result.stdout());
    assertTrue(result.stderr().contains("     test.foo    , 1\n"), result.stderr());
  }

  @Test
  void badPipelineIsAnErrorBeforeReadingInput() {
    ToolRun result = run("-p", "builtin.module(nope)", "missing.mlir");
    assertEquals(1, result.status());
    assertTrue(
        result
            .stderr()
            .startsWith(
                "<unknown>:0: error: MLIR Textual PassPipeline Parser:1:16: error: 'nope' does not"
                    + " refer to a registered pass or pass pipeline"),
        result.stderr());
  }

  @Test
  void passFlagOptionsAreCheckedToo() {
    ToolRun result = run("--print-op-stats=jsn");
    assertEquals(1, result.status());
    assertTrue(
        result.stderr().contains("no such option jsn; did you mean 'json'?"), result.stderr());
  }

  @Test
  void listPassesShowsRegisteredPassesWithOptions() {
    ToolRun result = run("--list-passes");
    assertEquals(0, result.status());
    assertTrue(
        result.stdout().contains("  --strip-debuginfo - Strip debug info from all operations\n"));
    assertTrue(result.stdout().contains("    --label=<string> - Label\n"));
  }

  @Test
  void timingAsJsonIsTheTimerTree() throws Exception {
    ToolRun result =
        run(
            "--allow-unregistered-dialect",
            "-p",
            "builtin.module(strip-debuginfo, builtin.module(test-module-pass))",
            "--mlir-timing",
            "--mlir-timing-display=json",
            "-o",
            "out.mlir");
    assertEquals(0, result.status(), result.stderr());
    JsonNode root = new ObjectMapper().readTree(result.stderr());
    assertEquals("root", root.get("name").asText());
    List<String> names = new ArrayList<>();
    root.get("children").forEach(child -> names.add(child.get("name").asText()));
    // mlir-opt's order: parsing, the passes as the pipeline nests them, output.
    assertEquals(List.of("Parser", "StripDebugInfo", "'builtin.module' Pipeline", "Output"), names);
    JsonNode nested = root.get("children").get(2);
    assertEquals("'builtin.module' Pipeline", nested.get("name").asText());
    assertEquals("TestModulePass", nested.get("children").get(0).get("name").asText());
    assertEquals(1, nested.get("count").asInt());
  }

  @Test
  void reproducerPathIsRelativeToTheWorkingDirectory() throws Exception {
    ToolRun result =
        run(
            "--allow-unregistered-dialect",
            "-p",
            "builtin.module(test-pass-failure)",
            "--mlir-pass-pipeline-crash-reproducer=repro.mlir");
    assertEquals(1, result.status());
    String reproducer = Files.readString(dir.resolve("repro.mlir"));
    assertTrue(
        reproducer.contains(
            "pipeline: \"builtin.module(test-pass-failure{gen-diagnostics=false})\""),
        reproducer);
    ToolRun replay =
        ToolRun.run(
            new AicOpt(),
            dir,
            "",
            "--allow-unregistered-dialect",
            "--run-reproducer",
            "repro.mlir");
    assertEquals(1, replay.status(), replay.stderr());
  }
}
