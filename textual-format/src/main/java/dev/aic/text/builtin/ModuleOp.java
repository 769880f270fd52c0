package dev.aic.text.builtin;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.OpView;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.loc.Location;
import java.util.Optional;

/**
 * A view of {@code builtin.module}: a symbol table holding one block of top-level ops, printed
 * {@code module @name attributes {...} {...}}.
 *
 * @param op the viewed operation
 */
public record ModuleOp(Operation op) implements OpView {
  /** The op name. */
  public static final String OPERATION_NAME = "builtin.module";

  /** The inherent attribute holding the optional symbol name. */
  public static final String SYM_NAME = "sym_name";

  /** The inherent attribute holding the optional symbol visibility. */
  public static final String SYM_VISIBILITY = "sym_visibility";

  /** Checks the op name. */
  public ModuleOp {
    if (!op.name().name().equals(OPERATION_NAME)) {
      throw new IllegalArgumentException("not a " + OPERATION_NAME + ": " + op.name());
    }
  }

  /** A new, unnamed module with an empty body block. */
  public static ModuleOp create(Context context, Location location) {
    Region body = new Region();
    body.append(new Block());
    return new ModuleOp(
        Operation.create(new OperationState(context, location, OPERATION_NAME).addRegion(body)));
  }

  /** The body block. */
  public Block body() {
    return op.region(0).firstBlock();
  }

  /** The symbol name, if the module has one. */
  public Optional<String> symName() {
    return op.property(SYM_NAME).map(a -> ((StringAttr) a).value());
  }
}
