package dev.aic.ir.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.ir.pass.OpPassManager;
import dev.aic.ir.pass.PassManager;
import dev.aic.ir.pass.PassRegistry;
import dev.aic.ir.testdialect.TestDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code print-op-stats} and {@code strip-debuginfo} on the IR of mlir-opt's comparison run: {@code
 * module { module @inner { "test.foo"() } "test.bar"() }}, here with {@code test.module}.
 */
class PrintOpStatsPassTest {
  private final Context context = TestDialect.newContext();

  private Operation module() {
    context.setAllowUnregisteredDialects(true);
    Operation outer = op("test.module", 1);
    Operation inner = op("test.module", 1);
    outer.region(0).append(new Block());
    inner.region(0).append(new Block());
    inner.region(0).firstBlock().append(op("zz.foo", 0));
    outer.region(0).firstBlock().append(inner);
    outer.region(0).firstBlock().append(op("zz.bar", 0));
    return outer;
  }

  private Operation op(String name, int regions) {
    OperationState state =
        new OperationState(context, new dev.aic.ir.loc.FileLineColLoc("a.mlir", 1, 1), name);
    for (int i = 0; i < regions; i++) {
      state.addRegion();
    }
    return Operation.create(state);
  }

  private String run(String pipeline, Operation module) {
    StringBuilder out = new StringBuilder();
    PassRegistry registry = new PassRegistry();
    new TransformsProvider().passes().forEach(registry::register);
    assertTrue(
        new PassManager(OpPassManager.parse(pipeline, registry))
            .setOutput(out)
            .setThreads(1)
            .run(module));
    return out.toString();
  }

  @Test
  void tableAndJsonAsMlirOptPrintsThem() {
    // Layout checked against mlir-opt 22 on builtin.module with zz.bar and zz.foo.
    assertEquals(
        """
        Operations encountered:
        -----------------------
          test.module , 2
            zz.bar    , 1
            zz.foo    , 1
        {
          "test.module" : 2,
          "zz.bar" : 1,
          "zz.foo" : 1
        }
        """,
        run("test.module(print-op-stats,print-op-stats{json})", module()));
  }

  @Test
  void stripDebugInfoLeavesOnlyUnknownLocations() {
    Operation module = module();
    run("test.module(strip-debuginfo)", module);
    List<Object> locations = new java.util.ArrayList<>();
    module.walk(op -> locations.add(op.location()));
    assertEquals(List.of(UnknownLoc.INSTANCE), locations.stream().distinct().toList());
  }
}
