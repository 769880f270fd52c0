package dev.aic.ir.pass;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.testdialect.TestDialect;
import dev.aic.ir.testdialect.TestIr;
import dev.aic.ir.transforms.TransformsProvider;
import java.util.List;
import java.util.function.IntUnaryOperator;

/** IR and registries for pass-manager tests: {@code test.module}s holding {@code test.func}s. */
final class PassTestIr {
  private PassTestIr() {}

  /** The registry of ir-core's own passes, as the service loader finds them. */
  static PassRegistry registry() {
    PassRegistry registry = new PassRegistry();
    new TransformsProvider().passes().forEach(registry::register);
    return registry;
  }

  /** A {@code test.module} with {@code funcs} functions named f0, f1, ..., each with ops. */
  static Operation module(Context context, int funcs, int opsPerFunc) {
    return module(context, funcs, i -> opsPerFunc);
  }

  /** A {@code test.module} with functions f0, f1, ...; function i holds {@code ops(i)} ops. */
  static Operation module(Context context, int funcs, IntUnaryOperator ops) {
    TestIr ir = new TestIr(context);
    Operation module = ir.module();
    for (int i = 0; i < funcs; i++) {
      Operation func = ir.op("test.func", List.of(), List.of(), 1);
      func.setProperty("sym_name", new StringAttr("f" + i));
      Block body = new Block();
      func.region(0).append(body);
      for (int j = 0; j < ops.applyAsInt(i); j++) {
        ir.append(body, "test.op", List.of(), List.of());
      }
      ir.append(body, "test.return", List.of(), List.of());
      module.region(0).firstBlock().append(func);
    }
    return module;
  }

  /** A fresh context with the test dialect. */
  static Context context() {
    return TestDialect.newContext();
  }
}
