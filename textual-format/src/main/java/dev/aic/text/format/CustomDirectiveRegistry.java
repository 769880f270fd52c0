package dev.aic.text.format;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Java implementations of {@code custom<Name>(...)} directives, by name. */
public final class CustomDirectiveRegistry {
  private final Map<String, CustomDirective> directives = new ConcurrentHashMap<>();

  /** An empty registry. */
  public CustomDirectiveRegistry() {}

  /** Registers {@code directive} as {@code custom<name>}; a name may be registered once. */
  public CustomDirectiveRegistry register(String name, CustomDirective directive) {
    if (directives.putIfAbsent(name, directive) != null) {
      throw new IllegalArgumentException("custom directive '" + name + "' is already registered");
    }
    return this;
  }

  /** The directive registered as {@code name}, if any. */
  public Optional<CustomDirective> lookup(String name) {
    return Optional.ofNullable(directives.get(name));
  }
}
