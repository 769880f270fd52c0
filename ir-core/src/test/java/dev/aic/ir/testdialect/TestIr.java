package dev.aic.ir.testdialect;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.OpBuilder;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.util.List;

/**
 * Terse builders for test IR: every op gets a distinct file location so messages can be told apart.
 */
public final class TestIr {
  private final Context context;
  private int line = 1;

  /** Builds in {@code context}. */
  public TestIr(Context context) {
    this.context = context;
  }

  /** The context. */
  public Context context() {
    return context;
  }

  /** A fresh location {@code "test.mlir":N:1}. */
  public Location nextLoc() {
    return new FileLineColLoc("test.mlir", line++, 1);
  }

  /** The test type {@code !test.<name>}. */
  public Type type(String name) {
    return TestType.get(context, name);
  }

  /** A detached op {@code name} with the given operands, result types and empty regions. */
  public Operation op(
      String name, List<? extends Value> operands, List<Type> results, int regions) {
    OperationState state = new OperationState(context, nextLoc(), name);
    state.addOperands(operands).addTypes(results);
    for (int i = 0; i < regions; i++) {
      state.addRegion();
    }
    return Operation.create(state);
  }

  /** Appends op {@code name} to {@code block}. */
  public Operation append(
      Block block, String name, List<? extends Value> operands, List<Type> results) {
    Operation op = op(name, operands, results, 0);
    block.append(op);
    return op;
  }

  /** Appends a block with arguments of {@code types} to {@code region}. */
  public Block block(Region region, Type... types) {
    OpBuilder builder = new OpBuilder(context);
    List<Location> locations = java.util.Arrays.stream(types).map(t -> nextLoc()).toList();
    return builder.createBlock(region, null, List.of(types), locations);
  }

  /** A {@code test.module} with one empty block. */
  public Operation module() {
    Operation module = op("test.module", List.of(), List.of(), 1);
    module.region(0).append(new Block());
    return module;
  }
}
