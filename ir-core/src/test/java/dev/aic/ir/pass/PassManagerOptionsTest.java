package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.pass.PassManagerOptions.PassFlag;
import dev.aic.ir.pass.instrument.StatisticsReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tool-facing flags: pass flags, their conflict with -p, reproducer replay, listing. */
class PassManagerOptionsTest {
  private final PassRegistry registry = PassTestIr.registry();

  private static PassManagerOptions options(String pipeline, List<PassFlag> flags, boolean replay) {
    return new PassManagerOptions(
        pipeline, flags, 1, true, true, StatisticsReport.Display.LIST, null, null, replay);
  }

  @Test
  void passFlagsRunOnBuiltinModuleInOrder() {
    OpPassManager pm =
        options(
                "",
                List.of(
                    new PassFlag("strip-debuginfo", ""), new PassFlag("print-op-stats", "json")),
                false)
            .buildPipeline(registry);
    assertEquals("builtin.module(strip-debuginfo, print-op-stats{json=true})", pm.printAsTextual());
  }

  @Test
  void pipelineAndPassFlagsDoNotMix() {
    PipelineException e =
        assertThrows(
            PipelineException.class,
            () ->
                options("builtin.module(cse)", List.of(new PassFlag("strip-debuginfo", "")), false)
                    .buildPipeline(registry));
    assertEquals("'-pass-pipeline' option can't be used with individual pass options", e.render());
  }

  @Test
  void runReproducerTakesPipelineAndSettingsFromTheInput() {
    Context context = PassTestIr.context();
    var module = PassTestIr.module(context, 2, 1);
    ResourceTable table = context.resources();
    String group = ReproducerConfig.GROUP;
    table.put(
        ResourceTable.EXTERNAL_RESOURCES,
        group,
        "pipeline",
        new StringAttr("test.module(test.func(test-stats-pass))"));
    table.put(
        ResourceTable.EXTERNAL_RESOURCES, group, "disable_threading", BoolAttr.get(context, true));
    StringBuilder err = new StringBuilder();
    assertTrue(options("", List.of(), true).run(module, registry, err, null));
    assertTrue(
        err.toString().startsWith("Pass Manager with 1 passes:\ntest.module(\n"), err.toString());
    assertTrue(
        err.toString().contains("(S) 6 num-ops - Number of operations counted\n"), err.toString());
  }

  @Test
  void runReproducerWithoutResourceIsAnError() {
    Context context = PassTestIr.context();
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(
          options("", List.of(), true)
              .run(PassTestIr.module(context, 0, 0), registry, new StringBuilder(), null));
      assertEquals(
          List.of("no mlir_reproducer resource with a pipeline in the input"), capture.messages());
    }
  }

  @Test
  void listingShowsEveryPassWithItsOptions() {
    String listing = registry.listing();
    assertTrue(listing.contains("  --print-op-stats - Print statistics of operations\n"));
    assertTrue(listing.contains("    --json - print the stats as JSON\n"));
    assertTrue(listing.contains("    --enum=zero|one|two - Example enum option\n"));
    assertTrue(listing.contains("    --list=<int> - Example list option\n"));
  }
}
