package dev.aic.text.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import dev.aic.text.builtin.ModuleOp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * The codes of values are found by serial number when the numbers of the printed values lie close
 * together, and by identity otherwise; either way every value keeps its own code.
 */
class ValueCodesTest {
  private final Ir ir = new Ir();

  /**
   * A module of {@code n} ops, each using the one before; with a gap of serial numbers if asked.
   */
  private ModuleOp chain(int n, boolean gaps) {
    ModuleOp module = ir.module();
    Block body = module.body();
    Value last = ir.append(body, "u.c", List.of(), ir.i32).result(0);
    for (int i = 1; i < n; i++) {
      if (gaps && i % 3 == 0) {
        // Values made and dropped here leave the module's numbers far apart.
        for (int j = 0; j < 3000; j++) {
          Operation.create(ir.state("u.unused").addType(ir.i32));
        }
      }
      last = ir.append(body, "u.op", List.of(last), ir.i32).result(0);
    }
    return module;
  }

  /** Gives the results of {@code module}'s ops codes, in the order given, and reads them back. */
  private static void assertCodesKept(List<Value> values) {
    ValueCodes codes = new ValueCodes();
    for (int i = 0; i < values.size(); i++) {
      assertEquals(ValueCodes.ABSENT, codes.get(values.get(i)), "no code before it is given");
      codes.put(values.get(i), i * 7);
    }
    assertEquals(values.size(), codes.count());
    for (int i = 0; i < values.size(); i++) {
      assertEquals(i * 7, codes.getIfAbsentPut(values.get(i), -1), "value " + i);
    }
    Value outside = Operation.create(new Ir().state("u.x").addType(new Ir().i32)).result(0);
    assertEquals(ValueCodes.ABSENT, codes.get(outside));
  }

  private static List<Value> results(ModuleOp module) {
    List<Value> values = new ArrayList<>();
    for (Operation op : module.body().operations()) {
      values.add(op.result(0));
    }
    return values;
  }

  @Test
  void valuesNumberedCloseTogetherKeepTheirCodes() {
    assertCodesKept(results(chain(5000, false)));
  }

  @Test
  void valuesGivenCodesFromTheLastMadeOnKeepTheirCodes() {
    List<Value> values = results(chain(5000, false));
    Collections.reverse(values);
    assertCodesKept(values);
  }

  @Test
  void valuesNumberedFarApartKeepTheirCodes() {
    assertCodesKept(results(chain(500, true)));
  }

  @Test
  void valuesOfTwoThreadsTakingBlocksInTurnGrowTheArraysGeometrically() throws Exception {
    // As passes run in parallel make them: each thread numbers its values from blocks of 4096 it
    // takes in turn from one counter; the first thread's values get their codes first.
    List<Value> first = new ArrayList<>();
    List<Value> second = new ArrayList<>();
    ExecutorService one = Executors.newSingleThreadExecutor();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      for (int round = 0; round < 64; round++) {
        one.submit(() -> makeValues(first, 4096)).get();
        other.submit(() -> makeValues(second, 4096)).get();
      }
    } finally {
      one.shutdown();
      other.shutdown();
    }
    List<Value> values = new ArrayList<>(first);
    values.addAll(second);
    assertCodesKept(values);
    ValueCodes codes = new ValueCodes();
    for (int i = 0; i < values.size(); i++) {
      codes.put(values.get(i), i);
    }
    // Growing by half again each time: about log(2 * 64 * 4096 / 16) / log(1.5) times.
    assertTrue(codes.resizes() < 40, "resized " + codes.resizes() + " times");
  }

  private void makeValues(List<Value> into, int n) {
    for (int i = 0; i < n; i++) {
      into.add(Operation.create(ir.state("u.v").addType(ir.i32)).result(0));
    }
  }

  @Test
  void printedNamesDoNotDependOnHowFarApartValuesAreNumbered() {
    assertEquals(
        AsmPrinter.print(chain(50, false).op(), PrintOptions.DEFAULT),
        AsmPrinter.print(chain(50, true).op(), PrintOptions.DEFAULT));
  }
}
