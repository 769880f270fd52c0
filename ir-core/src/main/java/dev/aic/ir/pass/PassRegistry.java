package dev.aic.ir.pass;

import dev.aic.ir.Services;
import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The passes and pipelines known by name, as pipeline text and {@code aic-opt} flags refer to them.
 * {@link #global()} holds everything the class path's {@link PassProvider}s declare; tests build
 * their own with {@link #register}.
 */
public final class PassRegistry {
  private final Map<String, PassInfo> passes = new ConcurrentHashMap<>();
  private final Map<String, PipelineInfo> pipelines = new ConcurrentHashMap<>();

  /** An empty registry. */
  public PassRegistry() {}

  /** A registry with every pass and pipeline of the providers {@code loader} finds. */
  public static PassRegistry load(ClassLoader loader) {
    PassRegistry registry = new PassRegistry();
    for (PassProvider provider : Services.load(PassProvider.class, loader)) {
      provider.passes().forEach(registry::register);
      provider.pipelines().forEach(registry::register);
    }
    return registry;
  }

  /** The registry of the class path, loaded once on first use. */
  public static PassRegistry global() {
    return Holder.GLOBAL;
  }

  private static final class Holder {
    private static final PassRegistry GLOBAL = load(PassRegistry.class.getClassLoader());
  }

  /**
   * Registers a pass.
   *
   * @throws IllegalStateException if a pass or pipeline of that name exists
   */
  public PassRegistry register(PassInfo info) {
    checkFree(info.argument());
    passes.put(info.argument(), info);
    return this;
  }

  /**
   * Registers a pipeline.
   *
   * @throws IllegalStateException if a pass or pipeline of that name exists
   */
  public PassRegistry register(PipelineInfo info) {
    checkFree(info.argument());
    pipelines.put(info.argument(), info);
    return this;
  }

  private void checkFree(String argument) {
    if (passes.containsKey(argument) || pipelines.containsKey(argument)) {
      throw new IllegalStateException("pass or pipeline '" + argument + "' registered twice");
    }
  }

  /** The pass registered as {@code argument}. */
  public Optional<PassInfo> pass(String argument) {
    return Optional.ofNullable(passes.get(argument));
  }

  /** The pipeline registered as {@code argument}. */
  public Optional<PipelineInfo> pipeline(String argument) {
    return Optional.ofNullable(pipelines.get(argument));
  }

  /** Every registered pass, sorted by argument, as {@code --list-passes} shows them. */
  public List<PassInfo> passes() {
    List<PassInfo> out = new ArrayList<>(passes.values());
    out.sort(Comparator.comparing(PassInfo::argument));
    return out;
  }

  /** Every registered pipeline, sorted by argument. */
  public List<PipelineInfo> pipelines() {
    List<PipelineInfo> out = new ArrayList<>(pipelines.values());
    out.sort(Comparator.comparing(PipelineInfo::argument));
    return out;
  }

  /**
   * The passes and pipelines with their options, as {@code --list-passes} and the pass section of
   * {@code --help} show them: {@code --name - summary}, then one indented line per option.
   */
  public String listing() {
    StringBuilder out = new StringBuilder("Passes:\n");
    for (PassInfo info : passes()) {
      entry(out, info.argument(), info.summary(), info.options());
    }
    out.append("Pass Pipelines:\n");
    for (PipelineInfo info : pipelines()) {
      entry(out, info.argument(), info.summary(), info.options());
    }
    return out.toString();
  }

  private static void entry(
      StringBuilder out, String argument, String summary, List<Option<?>> options) {
    out.append("  --").append(argument).append(" - ").append(summary).append('\n');
    for (Option<?> option : options) {
      out.append("    --").append(option.name());
      if (option.type() instanceof OptionType.EnumType<?> e) {
        out.append("=").append(String.join("|", e.spellings()));
      } else if (!option.type().valueName().isEmpty()) {
        out.append("=<").append(option.type().valueName()).append('>');
      }
      out.append(" - ").append(option.help()).append('\n');
    }
  }

  /** The registered pass or pipeline name closest to {@code argument}, or {@code null}. */
  public String suggest(String argument) {
    List<String> names = new ArrayList<>(passes.keySet());
    names.addAll(pipelines.keySet());
    names.sort(null);
    return Suggestions.closest(argument, names);
  }
}
