package dev.aic.opt;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.SourceProcessor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * {@code --no-implicit-module}: the source must hold exactly one top-level op, which is then
 * transformed and printed on its own instead of inside the {@code builtin.module} the parser wraps
 * around top-level ops. One instance serves one run; it takes the op out of the implicit module
 * before the transform and hands it to the emitter after.
 */
final class TopLevelOp {
  /** Each implicit module of the run, mapped to the op taken out of it. */
  private final Map<Operation, Operation> ownOps = new IdentityHashMap<>();

  /** {@code transform}, applied to the source's own top-level op. */
  SourceProcessor.Transform unwrapping(SourceProcessor.Transform transform) {
    return module -> {
      if (!isImplicit(module)) {
        return transform.apply(module);
      }
      Block body = module.region(0).firstBlock();
      if (body.size() != 1) {
        module.emitError("source must contain a single top-level operation, found: " + body.size());
        return false;
      }
      // Detached, the op is top-level as in MLIR: passes and the printer see no parent.
      Operation own = body.firstOp();
      own.remove();
      ownOps.put(module, own);
      return transform.apply(own);
    };
  }

  /** {@code emitter}, applied to the op {@link #unwrapping(SourceProcessor.Transform)} took out. */
  SourceProcessor.Emitter unwrapping(SourceProcessor.Emitter emitter) {
    return (module, out) -> {
      Operation own = ownOps.remove(module);
      emitter.emit(own != null ? own : module, out);
    };
  }

  /**
   * Whether the parser made {@code module} up around the top-level ops: it gives such a module the
   * position 0:0 of the file, which no op written in the file has (lines count from 1).
   */
  private static boolean isImplicit(Operation module) {
    return module.location() instanceof FileLineColLoc position
        && position.line() == 0
        && position.column() == 0;
  }
}
