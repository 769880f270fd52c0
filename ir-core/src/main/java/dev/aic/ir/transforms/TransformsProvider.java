package dev.aic.ir.transforms;

import dev.aic.ir.pass.PassInfo;
import dev.aic.ir.pass.PassProvider;
import java.util.ArrayList;
import java.util.List;

/** Registers the generic passes of ir-core with {@link java.util.ServiceLoader}. */
public final class TransformsProvider implements PassProvider {
  /** The provider; {@link java.util.ServiceLoader} instantiates it. */
  public TransformsProvider() {}

  @Override
  public List<PassInfo> passes() {
    List<PassInfo> out = new ArrayList<>();
    out.add(StripDebugInfoPass.INFO);
    out.add(PrintOpStatsPass.INFO);
    out.add(PrintIrPass.INFO);
    out.add(ViewOpGraphPass.INFO);
    out.addAll(TestPasses.infos());
    return out;
  }
}
