package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.DiagnosticCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running pipelines: anchoring, analyses, instrumentation, verification, failures. */
class PassManagerTest {
  private final PassRegistry registry = PassTestIr.registry();
  private final Context context = PassTestIr.context();

  /** An op-agnostic pass running {@code body}. */
  private static Pass pass(String argument, Consumer<PassExecution> body) {
    return new PassInfo(
            argument,
            argument,
            "test",
            PassInfo.ANY,
            List.of(),
            () ->
                new Pass() {
                  @Override
                  protected void runOnOperation(PassExecution run) {
                    body.accept(run);
                  }
                })
        .create();
  }

  private boolean run(String pipeline, Operation module, int threads) {
    return new PassManager(OpPassManager.parse(pipeline, registry)).setThreads(threads).run(module);
  }

  @Test
  void nestedPipelineRunsOnEveryMatchingOpInOrder() {
    Operation module = PassTestIr.module(context, 3, 1);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    OpPassManager root = new OpPassManager("test.module");
    root.nest("test.func")
        .addPass(
            pass(
                "record",
                r ->
                    seen.add(
                        r.operation().inherentOrDiscardable("sym_name").orElseThrow().toString())));
    assertTrue(new PassManager(root).setThreads(1).run(module));
    assertEquals(List.of("\"f0\"", "\"f1\"", "\"f2\""), seen);
  }

  @Test
  void rootAnchorMustMatchTheOp() {
    Operation module = PassTestIr.module(context, 1, 0);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(run("test.func(print-ir)", module, 1));
      assertEquals(
          List.of("can't run 'test.func' pass manager on 'test.module' op"), capture.messages());
    }
  }

  @Test
  void nestedAnchorsAreCheckedBeforeAnythingRuns() {
    Operation module = PassTestIr.module(context, 1, 0);
    AtomicInteger runs = new AtomicInteger();
    for (String anchor : List.of("nope.func", "test.op")) {
      OpPassManager root = new OpPassManager("test.module");
      root.addPass(pass("count", r -> runs.incrementAndGet()));
      root.nest(anchor).addPass(pass("count", r -> runs.incrementAndGet()));
      try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
        assertFalse(new PassManager(root).run(module));
        assertTrue(capture.messages().get(0).startsWith("trying to schedule a pass on "));
      }
    }
    assertEquals(0, runs.get());
  }

  @Test
  void pipelineThatMatchedNoOpIsReportedAsARemark() {
    Operation module = PassTestIr.module(context, 0, 0);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertTrue(run("test.module(test.func(print-op-stats))", module, 1));
      assertEquals(
          List.of(
              "nested pass pipeline 'test.func(print-op-stats{json=false})' ran on no operation:"
                  + " no 'test.func' op is directly nested in this 'test.module' op"),
          capture.messages());
    }
  }

  record Counted(int value) {}

  @Test
  void analysesAreCachedUntilAPassDoesNotPreserveThem() {
    Operation module = PassTestIr.module(context, 1, 0);
    AtomicInteger computed = new AtomicInteger();
    Consumer<PassExecution> use =
        r -> r.analysis(Counted.class, op -> new Counted(computed.incrementAndGet()));
    OpPassManager root = new OpPassManager("test.module");
    root.addPass(pass("a", use.andThen(PassExecution::markAllAnalysesPreserved)));
    root.addPass(pass("b", use.andThen(r -> r.markAnalysesPreserved(Counted.class))));
    root.addPass(pass("c", use)); // preserves nothing: the next use recomputes
    root.addPass(pass("d", use));
    List<Class<?>> analysed = new ArrayList<>();
    PassManager pm = new PassManager(root).setThreads(1);
    pm.addInstrumentation(
        new PassInstrumentation() {
          @Override
          public void runBeforeAnalysis(Class<?> analysis, Operation op) {
            analysed.add(analysis);
          }
        });
    assertTrue(pm.run(module));
    assertEquals(2, computed.get());
    assertEquals(List.of(Counted.class, Counted.class), analysed);
  }

  @Test
  void instrumentationsNestLikeBrackets() {
    Operation module = PassTestIr.module(context, 1, 0);
    List<String> events = new ArrayList<>();
    OpPassManager root = new OpPassManager("test.module");
    root.addPass(pass("first", r -> {}));
    root.nest("test.func").addPass(pass("inner", r -> r.signalPassFailure()));
    PassManager pm = new PassManager(root).setThreads(1);
    for (String tag : List.of("A", "B")) {
      pm.addInstrumentation(
          new PassInstrumentation() {
            @Override
            public void runBeforePipeline(OpPassManager pipeline, Operation op) {
              events.add(tag + " before pipeline " + pipeline.anchor());
            }

            @Override
            public void runAfterPipeline(OpPassManager pipeline, Operation op) {
              events.add(tag + " after pipeline " + pipeline.anchor());
            }

            @Override
            public void runBeforePass(Pass pass, Operation op) {
              events.add(tag + " before " + pass.argument());
            }

            @Override
            public void runAfterPass(Pass pass, Operation op) {
              events.add(tag + " after " + pass.argument());
            }

            @Override
            public void runAfterPassFailed(Pass pass, Operation op) {
              events.add(tag + " failed " + pass.argument());
            }
          });
    }
    assertFalse(pm.run(module));
    assertEquals(
        List.of(
            "A before first",
            "B before first",
            "B after first",
            "A after first",
            "A before pipeline test.func",
            "B before pipeline test.func",
            "A before inner",
            "B before inner",
            "B failed inner",
            "A failed inner",
            "B after pipeline test.func",
            "A after pipeline test.func"),
        events);
  }

  @Test
  void invalidIrAfterAPassFailsVerification() {
    Operation module = PassTestIr.module(context, 1, 0);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(
          run("test.module(test.func(test-pass-create-invalid-ir{emit-invalid-ir}))", module, 1));
      assertTrue(capture.hasErrors());
    }
    Operation unchecked = PassTestIr.module(context, 1, 0);
    PassManager pm =
        new PassManager(
                OpPassManager.parse(
                    "test.module(test.func(test-pass-create-invalid-ir{emit-invalid-ir}))",
                    registry))
            .setVerifyEach(false);
    assertTrue(pm.run(unchecked));
  }

  @Test
  void aThrowingPassIsAnInternalCompilerErrorNotAnException() {
    Operation module = PassTestIr.module(context, 2, 0);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(run("test.module(test.func(test-pass-crash))", module, 4));
      assertEquals(2, capture.diagnostics().size());
      assertEquals(
          "internal compiler error: java.lang.IllegalStateException: test-pass-crash crashed on"
              + " purpose",
          capture.messages().get(0));
      assertEquals(
          "while running pass 'test-pass-crash' on this operation",
          capture.diagnostics().get(0).notes().get(0).message());
    }
  }

  @Test
  void failureWritesAReproducerThatReadsBack(@TempDir Path dir) throws Exception {
    Operation module = PassTestIr.module(context, 2, 0);
    Path file = dir.resolve("repro.mlir");
    String pipeline =
        "test.module(strip-debuginfo, test.func(test-pass-failure{gen-diagnostics=false}))";
    PassManager pm =
        new PassManager(OpPassManager.parse(pipeline, registry)).enableCrashReproducer(file);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(pm.run(module));
      assertEquals(
          List.of("Failures have been detected while processing an MLIR pass pipeline"),
          capture.messages());
      assertEquals(
          "Pipeline failed while executing [`TestFailurePass` on 'test.func' operation: @f0]:"
              + " reproducer generated at `"
              + file
              + "`",
          capture.diagnostics().get(0).notes().get(0).message());
    }
    String text = Files.readString(file);
    assertTrue(
        text.endsWith(
            """

            {-#
              external_resources: {
                mlir_reproducer: {
                  pipeline: "%s",
                  disable_threading: false,
                  verify_each: true
                }
              }
            #-}
            """
                .formatted(pipeline)),
        text);
    // What the parser puts into the resource table for that section reads back.
    Context replay = PassTestIr.context();
    ResourceTable table = replay.resources();
    String group = ReproducerConfig.GROUP;
    table.put(ResourceTable.EXTERNAL_RESOURCES, group, "pipeline", new StringAttr(pipeline));
    table.put(
        ResourceTable.EXTERNAL_RESOURCES, group, "disable_threading", BoolAttr.get(replay, false));
    table.put(ResourceTable.EXTERNAL_RESOURCES, group, "verify_each", BoolAttr.get(replay, true));
    assertEquals(
        new ReproducerConfig(pipeline, false, true),
        ReproducerConfig.fromContext(replay).orElseThrow());
  }
}
