package dev.aic.ir;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Serial numbers count up per thread, so that values made together are numbered close together. */
class ValueSerialTest {
  private static final int COUNT = 10_000;

  private final Context context = TestDialect.newContext();
  private final TestIr ir = new TestIr(context);
  private final Type t = ir.type("t");

  /** Makes {@link #COUNT} results and block arguments, in order. */
  private List<Value> makeValues() {
    Block block = ir.block(ir.op("test.op", List.of(), List.of(), 1).region(0), t);
    List<Value> values = new ArrayList<>(block.arguments());
    while (values.size() < COUNT) {
      values.addAll(ir.append(block, "test.op", List.of(), List.of(t, t)).results());
    }
    return values;
  }

  @Test
  void valuesMadeInARowCountUpByOneExceptBetweenBlocksOfNumbers() {
    List<Value> values = makeValues();
    int jumps = 0;
    for (int i = 1; i < values.size(); i++) {
      int step = values.get(i).serial() - values.get(i - 1).serial();
      assertTrue(step >= 1, "value " + i + " numbered below the one before");
      jumps += step == 1 ? 0 : 1;
    }
    // Blocks hold 4096 numbers: 10,000 values start at most 3 new ones.
    assertTrue(jumps <= 3, jumps + " jumps");
  }

  @Test
  void threadsMakingValuesAtOnceNeverShareANumber() throws InterruptedException {
    List<List<Value>> made = new ArrayList<>(List.of(List.of(), List.of()));
    Thread other = new Thread(() -> made.set(1, makeValues()));
    other.start();
    made.set(0, makeValues());
    other.join();
    Set<Integer> serials = new HashSet<>();
    for (List<Value> values : made) {
      for (Value value : values) {
        assertTrue(serials.add(value.serial()), "serial " + value.serial() + " given twice");
      }
    }
  }
}
