package dev.aic.ir.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Context;
import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.pass.instrument.IrPrintingConfig;
import dev.aic.ir.pass.instrument.IrPrintingInstrumentation;
import dev.aic.ir.pass.instrument.StatisticsReport;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.ir.pass.instrument.TimingInstrumentation;
import dev.aic.ir.pass.instrument.TimingReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timing, IR printing and statistics over a real run. */
class InstrumentationTest {
  private final PassRegistry registry = PassTestIr.registry();
  private final Context context = PassTestIr.context();

  private PassManager manager(String pipeline) {
    return new PassManager(OpPassManager.parse(pipeline, registry))
        .setThreads(1)
        .setOutput(new StringBuilder());
  }

  private static String shape(Timer timer, String indent) {
    StringBuilder out = new StringBuilder(indent + timer.name() + " x" + timer.count() + "\n");
    timer.children().forEach(c -> out.append(shape(c, indent + "  ")));
    return out.toString();
  }

  @Test
  void timingTreeFollowsThePipeline() {
    PassManager pm =
        manager("test.module(strip-debuginfo, test.func(test-stats-pass), test.module(print-ir))");
    Timer root = new Timer("root");
    pm.addInstrumentation(new TimingInstrumentation(pm.root(), root));
    assertTrue(pm.run(PassTestIr.module(context, 3, 1)));
    assertEquals(
        """
        root x0
          StripDebugInfo x1
          'test.func' Pipeline x3
            TestStatisticPass x3
          'test.module' Pipeline x0
            PrintIRPass x0
        """,
        shape(root, ""));
    root.add(root.children().stream().mapToLong(Timer::nanos).sum());
    String report = TimingReport.render(root, TimingReport.Display.TREE);
    assertTrue(report.contains("  'test.module' Pipeline (matched no operation)\n"), report);
    assertTrue(report.contains("%)    TestStatisticPass\n"), report);
    assertTrue(report.endsWith("(100.0%)  Total\n"), report);
    assertTrue(report.startsWith("===" + "-".repeat(73) + "===\n"), report);
  }

  @Test
  void runsOfTheSamePipelineShareTimersButRepeatedPassesDoNot() {
    Timer root = new Timer("root");
    for (int chunk = 0; chunk < 2; chunk++) {
      PassManager pm = manager("test.module(strip-debuginfo, strip-debuginfo)");
      pm.addInstrumentation(new TimingInstrumentation(pm.root(), root));
      assertTrue(pm.run(PassTestIr.module(context, 1, 0)));
    }
    assertEquals("root x0\n  StripDebugInfo x2\n  StripDebugInfo x2\n", shape(root, ""));
  }

  @Test
  void statisticsReportNestedAndMerged() {
    PassManager pm = manager("test.module(test-stats-pass, test.func(test-stats-pass))");
    assertTrue(pm.run(PassTestIr.module(context, 2, 3)));
    String header =
        "==="
            + "-".repeat(73)
            + "===\n"
            + " ".repeat(25)
            + "... Pass statistics report ...\n"
            + "==="
            + "-".repeat(73)
            + "===\n";
    // The module holds 2 funcs of 3 ops and a return each: 1 + 2 * 5 = 11 ops; each func 5.
    assertEquals(
        header
            + """
            TestStatisticPass
              (S) 11 num-ops - Number of operations counted
            'test.func' Pipeline
              TestStatisticPass
                (S) 10 num-ops - Number of operations counted
            """,
        StatisticsReport.render(pm.root(), StatisticsReport.Display.PIPELINE));
    assertEquals(
        header
            + """
            TestStatisticPass
              (S) 21 num-ops - Number of operations counted
            """,
        StatisticsReport.render(pm.root(), StatisticsReport.Display.LIST));
  }

  @Test
  void printsIrBeforeAndAfterSelectedPasses() {
    PassManager pm = manager("test.module(strip-debuginfo, test.func(test-pass-failure))");
    StringBuilder out = new StringBuilder();
    IrPrintingConfig config =
        new IrPrintingConfig(
            IrPrintingConfig.arguments(Set.of("strip-debuginfo")),
            p -> true,
            false,
            false,
            true,
            IrPrintFlags.DEFAULT,
            null);
    pm.addInstrumentation(new IrPrintingInstrumentation(config, out));
    pm.run(PassTestIr.module(context, 1, 0));
    List<String> headers = out.toString().lines().filter(l -> l.startsWith("// -----//")).toList();
    assertEquals(
        List.of(
            "// -----// IR Dump Before StripDebugInfo (strip-debuginfo) ('test.module' operation)"
                + " //----- //",
            "// -----// IR Dump After StripDebugInfo (strip-debuginfo) ('test.module' operation)"
                + " //----- //",
            "// -----// IR Dump After TestFailurePass Failed (test-pass-failure) ('test.func'"
                + " operation: @f0) //----- //"),
        headers);
  }

  @Test
  void afterChangeSkipsPassesThatChangedNothing() {
    PassManager pm = manager("test.module(print-op-stats, strip-debuginfo, strip-debuginfo)");
    StringBuilder out = new StringBuilder();
    pm.addInstrumentation(
        new IrPrintingInstrumentation(
            new IrPrintingConfig(
                p -> false, p -> true, true, false, false, IrPrintFlags.DEFAULT, null),
            out));
    assertTrue(pm.run(PassTestIr.module(context, 1, 1)));
    // Only the first strip-debuginfo changes locations.
    assertEquals(1, out.toString().lines().filter(l -> l.startsWith("// -----//")).count());
  }

  @Test
  void treeDirectoryHasOneFilePerDumpInMlirsLayout(@TempDir Path dir) throws Exception {
    PassManager pm = manager("test.module(strip-debuginfo, print-ir, test.func(print-ir))");
    IrPrintingConfig config =
        new IrPrintingConfig(p -> false, p -> true, false, false, false, IrPrintFlags.DEFAULT, dir);
    pm.addInstrumentation(new IrPrintingInstrumentation(config, new StringBuilder()));
    assertTrue(pm.run(PassTestIr.module(context, 1, 0)));
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(
          List.of(
              "test_module_no-symbol-name/0_strip-debuginfo.mlir",
              "test_module_no-symbol-name/1_print-ir.mlir",
              "test_module_no-symbol-name/test_func_f0/1_0_print-ir.mlir"),
          files
              .filter(Files::isRegularFile)
              .map(p -> dir.relativize(p).toString())
              .sorted()
              .toList());
    }
  }
}
