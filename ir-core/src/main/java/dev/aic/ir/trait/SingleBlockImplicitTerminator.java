package dev.aic.ir.trait;

import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.diag.Note;

/**
 * Each of the op's regions holds at most one block, ending with the op {@code terminator}, which
 * the custom assembly form may leave implicit ({@code scf.yield} in {@code scf.for}).
 *
 * @param terminator the full name of the terminator op
 */
public record SingleBlockImplicitTerminator(String terminator) implements OpTrait {
  @Override
  public boolean verify(Operation op) {
    return SingleBlock.verifySingleBlock(op);
  }

  /** The terminator check runs once the regions themselves are verified, as in MLIR. */
  @Override
  public boolean verifyRegions(Operation op) {
    for (Region region : op.regions()) {
      if (region.isEmpty()) {
        continue;
      }
      Operation last = region.firstBlock().lastOp();
      if (!last.name().name().equals(terminator)) {
        op.emitOpError(
            "expects regions to end with '" + terminator + "', found '" + last.name() + "'",
            new Note(
                op.location(),
                "in custom textual format, the absence of terminator implies '"
                    + terminator
                    + "'"));
        return false;
      }
    }
    return true;
  }
}
