package dev.aic.ir.pass;

import dev.aic.ir.Operation;
import dev.aic.ir.pass.option.OptionValues;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A transformation or analysis run by a pass manager on every op its anchor matches. A pass is
 * created from its {@link PassInfo}, which fixes its options; it must keep no state between runs
 * besides its {@link Statistic}s, because the same instance runs on many ops, in parallel when they
 * are isolated from above.
 *
 * <pre>{@code
 * final class CountOpsPass extends Pass {
 *   static final PassInfo INFO = new PassInfo("count-ops", "CountOpsPass", "Counts ops",
 *       PassInfo.ANY, List.of(), CountOpsPass::new);
 *   private final Statistic ops = statistic("num-ops", "Number of ops");
 *
 *   protected void runOnOperation(PassExecution run) {
 *     run.operation().walk(op -> ops.increment());
 *     run.markAllAnalysesPreserved();
 *   }
 * }
 * }</pre>
 */
public abstract non-sealed class Pass implements PipelineEntry {
  private final List<Statistic> statistics = new CopyOnWriteArrayList<>();
  private PassInfo info;
  private OptionValues options;

  /** For subclasses; instances are made by {@link PassInfo#create}. */
  protected Pass() {}

  final void bind(PassInfo info, OptionValues options) {
    if (this.info != null) {
      throw new IllegalStateException("pass '" + info.argument() + "' configured twice");
    }
    this.info = info;
    this.options = options;
  }

  /**
   * Runs the pass on {@code run.operation()}; failure is signalled with {@link
   * PassExecution#signalPassFailure}, after emitting diagnostics that say why.
   */
  protected abstract void runOnOperation(PassExecution run);

  /**
   * Whether the pass can run on {@code op}, for op-agnostic passes that need an interface; the pass
   * manager skips ops for which it returns false. True by default.
   */
  public boolean canScheduleOn(Operation op) {
    return true;
  }

  /** The registration this pass was created from. */
  public final PassInfo info() {
    if (info == null) {
      throw new IllegalStateException("pass created without PassInfo.create");
    }
    return info;
  }

  /** The pass's options. */
  public final OptionValues options() {
    info();
    return options;
  }

  /** The flag naming the pass ({@code cse}). */
  public final String argument() {
    return info().argument();
  }

  /** The name dumps and timing print ({@code CSE}). */
  public final String name() {
    return info().name();
  }

  /** The op name the pass is anchored on, or {@link PassInfo#ANY}. */
  public final String anchor() {
    return info().anchor();
  }

  /** Declares a statistic; call it from a field initializer. */
  protected final Statistic statistic(String name, String description) {
    Statistic statistic = new Statistic(name, description);
    statistics.add(statistic);
    return statistic;
  }

  /** The declared statistics, in declaration order. */
  public final List<Statistic> statistics() {
    return List.copyOf(statistics);
  }

  /** The pass in pipeline text: its argument, then its options in braces if it has any. */
  public final String printAsTextual() {
    String printed = options().print();
    return printed.isEmpty() ? argument() : argument() + "{" + printed + "}";
  }

  @Override
  public String toString() {
    return printAsTextual();
  }
}
