package dev.aic.text.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.pass.OpPassManager;
import dev.aic.ir.pass.PassManager;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.ir.pass.ReproducerConfig;
import dev.aic.ir.pass.instrument.IrPrintingConfig;
import dev.aic.ir.pass.instrument.IrPrintingInstrumentation;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pass manager with the real printer and parser: IR dumps as mlir-opt 22 prints them, and crash
 * reproducers that parse back and replay to the same failure.
 */
class PassManagerTextTest {
  private static final String INPUT =
      """
      module {
        module @inner {
          "test.foo"() : () -> ()
        }
        "test.bar"() : () -> ()
      }
      """;

  private final PassRegistry registry = PassRegistry.global();

  private static Operation parse(Context context, String name, String text) {
    context.setAllowUnregisteredDialects(true);
    return MlirParser.parse(context, new SourceFile(name, text)).orElseThrow();
  }

  @Test
  void printIrAfterAllMatchesMlirOpt() {
    Context context = new Context();
    Operation module = parse(context, "a.mlir", INPUT);
    StringBuilder out = new StringBuilder();
    PassManager pm =
        new PassManager(
                OpPassManager.parse(
                    "builtin.module(strip-debuginfo,builtin.module(test-module-pass))", registry))
            .setThreads(1);
    pm.addInstrumentation(
        new IrPrintingInstrumentation(
            new IrPrintingConfig(
                p -> false, p -> true, false, false, true, IrPrintFlags.DEFAULT, null),
            out));
    assertTrue(pm.run(module));
    // mlir-opt 22 a.mlir --allow-unregistered-dialect -p '...' --mlir-print-ir-after-all
    //   --mlir-print-ir-module-scope --mlir-disable-threading (its class names differ).
    String dump = INPUT + "\n\n";
    assertEquals(
        "// -----// IR Dump After StripDebugInfo (strip-debuginfo) ('builtin.module' operation)"
            + " //----- //\n"
            + dump
            + "// -----// IR Dump After TestModulePass (test-module-pass) ('builtin.module'"
            + " operation: @inner) //----- //\n"
            + dump,
        out.toString());
  }

  @Test
  void crashReproducerReplaysToTheSameFailure(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("repro.mlir");
    Context context = new Context();
    Operation module = parse(context, "a.mlir", INPUT);
    PassManager pm =
        new PassManager(
                OpPassManager.parse(
                    "builtin.module(strip-debuginfo,builtin.module(test-pass-crash))", registry))
            .setThreads(1)
            .enableCrashReproducer(file);
    List<String> first;
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      assertFalse(pm.run(module));
      first = capture.messages();
    }
    String reproducer = Files.readString(file);
    // The IR before any pass ran, then the pipeline, as mlir-opt 22 writes them.
    assertEquals(
        INPUT
            + """

            {-#
              external_resources: {
                mlir_reproducer: {
                  pipeline: "builtin.module(strip-debuginfo, builtin.module(test-pass-crash))",
                  disable_threading: true,
                  verify_each: true
                }
              }
            #-}
            """,
        reproducer);

    Context replayContext = new Context();
    Operation replayed = parse(replayContext, file.toString(), reproducer);
    ReproducerConfig config = ReproducerConfig.fromContext(replayContext).orElseThrow();
    PassManager replay =
        new PassManager(OpPassManager.parse(config.pipeline(), registry))
            .setThreads(config.disableThreading() ? 1 : 2)
            .setVerifyEach(config.verifyEach());
    try (DiagnosticCapture capture = DiagnosticCapture.open(replayContext.diagnostics())) {
      assertFalse(replay.run(replayed));
      assertEquals(first.get(0), capture.messages().get(0));
      assertEquals(
          "internal compiler error: java.lang.IllegalStateException: test-pass-crash crashed on"
              + " purpose",
          capture.messages().get(0));
    }
  }
}
