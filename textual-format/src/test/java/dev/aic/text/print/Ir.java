package dev.aic.text.print;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.Type;
import dev.aic.text.builtin.BuiltinDialect;
import dev.aic.text.builtin.ModuleOp;
import java.util.List;

/** Small helpers that build IR for printer tests in a context allowing unregistered ops. */
final class Ir {
  final Context ctx = new Context();
  final IntegerType i1;
  final IntegerType i32;
  final IntegerType i64;
  final IndexType index;
  final FloatType f32;

  Ir() {
    ctx.setAllowUnregisteredDialects(true);
    ctx.loadDialect(new BuiltinDialect());
    ctx.loadDialect(new TestDialect("arith"));
    ctx.loadDialect(new TestDialect("func"));
    i1 = IntegerType.get(ctx, 1);
    i32 = IntegerType.get(ctx, 32);
    i64 = IntegerType.get(ctx, 64);
    index = IndexType.get(ctx);
    f32 = FloatType.f32(ctx);
  }

  ModuleOp module() {
    return ModuleOp.create(ctx, Location.unknown());
  }

  OperationState state(String name) {
    return new OperationState(ctx, Location.unknown(), name);
  }

  /** Creates an op from {@code state} at the end of {@code block}. */
  Operation append(Block block, OperationState state) {
    Operation op = Operation.create(state);
    block.append(op);
    return op;
  }

  /** Appends {@code name(operands) : results} to {@code block}. */
  Operation append(Block block, String name, List<? extends Value> operands, Type... results) {
    return append(block, state(name).addOperands(operands).addTypes(List.of(results)));
  }

  /**
   * {@code func.func @name} of type {@code (inputs) -> results} at the end of the module, with its
   * entry block.
   */
  Block func(ModuleOp module, String name, List<Type> inputs, List<Type> results) {
    Operation func =
        append(
            module.body(),
            state("func.func")
                .addProperty("sym_name", new StringAttr(name))
                .addProperty(
                    "function_type", TypeAttr.get(ctx, FunctionType.get(ctx, inputs, results)))
                .addRegion());
    return block(func.region(0), inputs.toArray(new Type[0]));
  }

  /** A new block at the end of {@code region} with arguments of the given types. */
  Block block(Region region, Type... arguments) {
    Block block = new Block();
    for (Type type : arguments) {
      block.addArgument(type, Location.unknown());
    }
    region.append(block);
    return block;
  }
}
