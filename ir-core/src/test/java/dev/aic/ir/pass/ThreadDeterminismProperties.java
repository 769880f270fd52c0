package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.DiagnosticCapture;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the thread count, a pipeline over many isolated ops gives the same diagnostics in the
 * same order, the same pass output ({@code print-op-stats} tables) and the same statistics.
 */
class ThreadDeterminismProperties {
  private final PassRegistry registry = PassTestIr.registry();

  private record Outcome(boolean ok, List<String> diagnostics, String statistics, String output) {}

  private Outcome run(int funcs, int ops, int failing, int threads) {
    Context context = PassTestIr.context();
    // Functions of different sizes print different tables, so their order shows.
    Operation module = PassTestIr.module(context, funcs, i -> ops + i % 4);
    // Every op of func #failing gets an attribute the failure pass reacts to.
    List<Operation> targets = new ArrayList<>();
    module.region(0).firstBlock().operations().forEach(targets::add);
    targets.get(failing).setAttribute("fail", dev.aic.ir.attr.UnitAttr.INSTANCE);
    OpPassManager root =
        OpPassManager.parse("test.module(test.func(test-stats-pass, print-op-stats))", registry);
    root.nest("test.func")
        .addPass(
            new PassInfo(
                    "fail-marked",
                    "FailMarked",
                    "fails on marked ops, remarks on the others",
                    PassInfo.ANY,
                    List.of(),
                    () ->
                        new Pass() {
                          @Override
                          protected void runOnOperation(PassExecution run) {
                            Operation op = run.operation();
                            if (op.attribute("fail").isPresent()) {
                              op.emitError("marked");
                              run.signalPassFailure();
                            } else {
                              op.emitRemark(
                                  "seen " + op.inherentOrDiscardable("sym_name").orElseThrow());
                            }
                          }
                        })
                .create());
    StringBuilder output = new StringBuilder();
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      boolean ok = new PassManager(root).setThreads(threads).setOutput(output).run(module);
      List<String> diagnostics = capture.diagnostics().stream().map(Object::toString).toList();
      return new Outcome(
          ok,
          diagnostics,
          dev.aic.ir.pass.instrument.StatisticsReport.render(
              root, dev.aic.ir.pass.instrument.StatisticsReport.Display.LIST),
          output.toString());
    }
  }

  @Property(tries = 30)
  void diagnosticsOutputAndStatisticsDoNotDependOnThreads(
      @ForAll @IntRange(min = 2, max = 40) int funcs,
      @ForAll @IntRange(min = 0, max = 5) int ops,
      @ForAll @IntRange(min = 0, max = 39) int failing,
      @ForAll @IntRange(min = 2, max = 8) int threads) {
    int marked = failing % funcs;
    Outcome sequential = run(funcs, ops, marked, 1);
    Outcome parallel = run(funcs, ops, marked, threads);
    assertEquals(sequential, parallel);
    assertEquals(funcs, sequential.diagnostics().size());
    assertEquals(
        1, sequential.diagnostics().stream().filter(d -> d.contains(": error: marked")).count());
  }
}
