package dev.aic.ir.iface;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryEffectsTest {
  private final TestIr ir = new TestIr(TestDialect.newContext());

  @Test
  void pureAndRecursiveOps() {
    assertTrue(
        MemoryEffectsInterface.isMemoryEffectFree(ir.op("test.pure", List.of(), List.of(), 0)));
    // An op that says nothing may do anything.
    assertFalse(
        MemoryEffectsInterface.isMemoryEffectFree(ir.op("test.op", List.of(), List.of(), 0)));

    Operation loop = ir.op("test.recursive", List.of(), List.of(), 1);
    Block body = ir.block(loop.region(0), ir.type("m"));
    ir.append(body, "test.pure", List.of(), List.of());
    assertTrue(MemoryEffectsInterface.isMemoryEffectFree(loop));

    Operation store = ir.append(body, "test.store", List.of(body.argument(0)), List.of());
    assertFalse(MemoryEffectsInterface.isMemoryEffectFree(loop));
    assertFalse(MemoryEffectsInterface.isMemoryEffectFree(store));
  }

  @Test
  void effectsOfNonRecursiveOpsStopAtTheirRegions() {
    Operation pure = ir.op("test.pure", List.of(), List.of(), 1);
    Block body = ir.block(pure.region(0), ir.type("m"));
    ir.append(body, "test.store", List.of(body.argument(0)), List.of());
    assertTrue(MemoryEffectsInterface.isMemoryEffectFree(pure));
  }
}
