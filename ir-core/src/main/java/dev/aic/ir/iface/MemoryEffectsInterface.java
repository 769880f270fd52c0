package dev.aic.ir.iface;

import dev.aic.ir.Operation;
import dev.aic.ir.WalkOrder;
import dev.aic.ir.WalkResult;
import dev.aic.ir.trait.Pure;
import dev.aic.ir.trait.RecursiveMemoryEffects;
import java.util.List;

/**
 * Lists the memory effects of an op. Ops that neither implement it nor declare {@link Pure} or
 * {@link RecursiveMemoryEffects} may have any effect, and transforms must assume the worst.
 */
@FunctionalInterface
public interface MemoryEffectsInterface {
  /** The effects of {@code op} itself, not counting the ops in its regions. */
  List<MemoryEffect> effects(Operation op);

  /**
   * Whether {@code op} provably has no memory effect: it is {@link Pure}, or reports no effects,
   * and, when it has {@link RecursiveMemoryEffects}, so does every op in its regions.
   */
  static boolean isMemoryEffectFree(Operation op) {
    return op.walk(
            WalkOrder.PRE_ORDER,
            nested -> {
              if (!hasNoEffectsOfItsOwn(nested)) {
                return WalkResult.INTERRUPT;
              }
              return nested.hasTrait(RecursiveMemoryEffects.class)
                  ? WalkResult.ADVANCE
                  : WalkResult.SKIP;
            })
        != WalkResult.INTERRUPT;
  }

  private static boolean hasNoEffectsOfItsOwn(Operation op) {
    if (op.hasTrait(Pure.class)) {
      return true;
    }
    return op.interfaceImpl(MemoryEffectsInterface.class)
        .map(i -> i.effects(op).isEmpty())
        .orElse(op.hasTrait(RecursiveMemoryEffects.class));
  }
}
