package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Registered pipelines, op-agnostic nesting and canScheduleOn. */
class RegisteredPipelineTest {
  static final Option<Long> TIMES = Option.of("times", "How often", OptionType.INT, 1L);

  private final PassRegistry registry =
      PassTestIr.registry()
          .register(
              new PipelineInfo(
                  "strip-twice",
                  "Strips, then counts ops per func",
                  List.of(TIMES),
                  (pm, options, reg) -> {
                    for (long i = 0; i < options.get(TIMES); i++) {
                      pm.addPipeline("strip-debuginfo", reg);
                    }
                    pm.addPipeline("test.func(test-stats-pass)", reg);
                  }));

  @Test
  void pipelineExpandsWhereItIsWritten() {
    OpPassManager pm =
        OpPassManager.parse("test.module(strip-twice{times=2}, print-op-stats)", registry);
    assertEquals(
        "test.module(strip-debuginfo, strip-debuginfo, test.func(test-stats-pass),"
            + " print-op-stats{json=false})",
        pm.printAsTextual());
  }

  @Test
  void pipelineOptionsAreCheckedLikePassOptions() {
    PipelineException e =
        assertThrows(
            PipelineException.class,
            () -> OpPassManager.parse("test.module(strip-twice{time=2})", registry));
    assertEquals("no such option time; did you mean 'times'?", e.getMessage());
    assertEquals(24, e.offset());
  }

  @Test
  void expansionThatDoesNotFitPointsAtThePipelineName() {
    registry.register(
        new PipelineInfo(
            "module-only",
            "A module pass",
            List.of(),
            (pm, options, reg) -> pm.addPipeline("test-module-pass", reg)));
    PipelineException e =
        assertThrows(
            PipelineException.class, () -> OpPassManager.parse("test.func(module-only)", registry));
    assertTrue(e.getMessage().startsWith("Can't add pass 'TestModulePass'"), e.getMessage());
    assertEquals(10, e.offset());
  }

  @Test
  void anyRunsOnEveryIsolatedOpAndCanScheduleOnRefuses() {
    Context context = PassTestIr.context();
    Operation module = PassTestIr.module(context, 2, 1);
    OpPassManager root = new OpPassManager("test.module");
    root.nest(PassInfo.ANY)
        .addPass(
            new PassInfo(
                    "only-f0",
                    "OnlyF0",
                    "runs on f0 only",
                    PassInfo.ANY,
                    List.of(),
                    () ->
                        new Pass() {
                          @Override
                          public boolean canScheduleOn(Operation op) {
                            return op.inherentOrDiscardable("sym_name")
                                .map(a -> a.toString().equals("\"f0\""))
                                .orElse(false);
                          }

                          @Override
                          protected void runOnOperation(PassExecution run) {}
                        })
                .create());
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertTrue(!new PassManager(root).setThreads(1).run(module));
      assertEquals(
          List.of("unable to schedule pass 'only-f0' on this operation"), capture.messages());
    }
  }
}
