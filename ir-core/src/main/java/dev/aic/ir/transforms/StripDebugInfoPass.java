package dev.aic.ir.transforms;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Region;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassExecution;
import dev.aic.ir.pass.PassInfo;
import java.util.List;

/** {@code strip-debuginfo}: replaces every location, of ops and block arguments, by unknown. */
public final class StripDebugInfoPass extends Pass {
  /** The registration. */
  public static final PassInfo INFO =
      new PassInfo(
          "strip-debuginfo",
          "StripDebugInfo",
          "Strip debug info from all operations",
          PassInfo.ANY,
          List.of(),
          StripDebugInfoPass::new);

  @Override
  protected void runOnOperation(PassExecution run) {
    run.operation()
        .walk(
            op -> {
              op.setLocation(UnknownLoc.INSTANCE);
              for (Region region : op.regions()) {
                for (Block block : region.blocks()) {
                  for (BlockArgument argument : block.arguments()) {
                    argument.setLocation(UnknownLoc.INSTANCE);
                  }
                }
              }
            });
  }
}
