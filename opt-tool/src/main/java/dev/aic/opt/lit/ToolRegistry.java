package dev.aic.opt.lit;

import dev.aic.opt.tool.Tool;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The in-process tools on the class path ({@code META-INF/services/dev.aic.opt.tool.Tool}), by
 * name. Each run gets a fresh instance, so tools may keep per-run state and tests may run in
 * parallel.
 */
public final class ToolRegistry {
  private final Map<String, ServiceLoader.Provider<Tool>> providers = new HashMap<>();

  /** Loads the tools visible to {@code loader}. */
  public ToolRegistry(ClassLoader loader) {
    for (ServiceLoader.Provider<Tool> provider :
        ServiceLoader.load(Tool.class, loader).stream().toList()) {
      providers.putIfAbsent(provider.get().name(), provider);
    }
  }

  /** The tools visible to this class's loader. */
  public static ToolRegistry fromClassPath() {
    return new ToolRegistry(ToolRegistry.class.getClassLoader());
  }

  /** A new instance of the tool called {@code name}, if there is one. */
  public Optional<Tool> find(String name) {
    ServiceLoader.Provider<Tool> provider = providers.get(name);
    return provider == null ? Optional.empty() : Optional.of(provider.get());
  }
}
