package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import java.util.List;

/**
 * The op may only stand directly inside one of the named ops ({@code scf.yield} inside {@code
 * scf.for}, {@code scf.if}, ...).
 *
 * @param parents the full names of the allowed parent ops, in the order messages list them
 */
public record HasParent(List<String> parents) implements OpTrait {
  /** Copies the names. */
  public HasParent {
    parents = List.copyOf(parents);
    if (parents.isEmpty()) {
      throw new IllegalArgumentException("HasParent needs at least one parent");
    }
  }

  /** A single allowed parent. */
  public static HasParent of(String... parents) {
    return new HasParent(List.of(parents));
  }

  @Override
  public boolean verify(Operation op) {
    Operation parent = op.parentOp();
    if (parent != null && parents.contains(parent.name().name())) {
      return true;
    }
    if (parents.size() == 1) {
      op.emitOpError("expects parent op '" + parents.get(0) + "'");
    } else {
      op.emitOpError("expects parent op to be one of '" + String.join(", ", parents) + "'");
    }
    return false;
  }
}
