package dev.aic.ir;

import dev.aic.ir.diag.DiagnosticEngine;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns everything IR objects share: the loaded dialects, the operation names and their definitions,
 * the interned types and attributes, and the diagnostic engine. All of it is safe to use from
 * several threads, so passes can run in parallel over one context.
 */
public final class Context {
  private final Map<Object, Object> interned = new ConcurrentHashMap<>();
  private final Map<String, Dialect> dialects = new ConcurrentHashMap<>();
  private final Map<String, OperationName> operationNames = new ConcurrentHashMap<>();
  private final DiagnosticEngine diagnostics = new DiagnosticEngine();
  private final ResourceTable resources = new ResourceTable();
  private volatile boolean allowUnregisteredDialects;

  /**
   * Returns the canonical instance equal to {@code value}: the first one interned, so that equal
   * types and attributes built through this context are the same object.
   */
  @SuppressWarnings("unchecked")
  public <T> T intern(T value) {
    Object existing = interned.putIfAbsent(Objects.requireNonNull(value), value);
    return existing == null ? value : (T) existing;
  }

  /** Loads a dialect and registers its operations; loading the same namespace twice is a no-op. */
  public void loadDialect(Dialect dialect) {
    if (dialects.putIfAbsent(dialect.namespace(), dialect) == null) {
      dialect.initialize(this);
    }
  }

  /** The loaded dialect with this namespace. */
  public Optional<Dialect> dialect(String namespace) {
    return Optional.ofNullable(dialects.get(namespace));
  }

  /** The loaded dialects, in no particular order. */
  public Collection<Dialect> dialects() {
    return List.copyOf(dialects.values());
  }

  /**
   * Registers an operation definition. Its dialect must be loaded; ops created earlier under the
   * same name become registered too, as their name is shared.
   */
  public void registerOperation(OpDefinition definition) {
    String namespace = OperationName.dialectNamespace(definition.name());
    if (!dialects.containsKey(namespace)) {
      throw new IllegalStateException(
          "dialect '" + namespace + "' of '" + definition.name() + "' is not loaded");
    }
    OperationName name = operationName(definition.name());
    name.register(definition);
  }

  /** The interned name {@code name}, registered or not. */
  public OperationName operationName(String name) {
    OperationName interned = operationNames.get(name);
    if (interned == null) {
      interned = new OperationName(this, name);
      OperationName raced = operationNames.putIfAbsent(name, interned);
      interned = raced == null ? interned : raced;
    }
    return interned;
  }

  /** The registered operation names, sorted. */
  public List<OperationName> registeredOperations() {
    return operationNames.values().stream()
        .filter(OperationName::isRegistered)
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .toList();
  }

  /**
   * Whether a registered operation implements {@code iface}. If none does, no op of this context
   * does, since unregistered ops implement no interface: walks that look for such ops can be
   * skipped.
   */
  public boolean anyOperationImplements(Class<?> iface) {
    for (OperationName name : operationNames.values()) {
      OpDefinition definition = name.definitionOrNull();
      if (definition != null && definition.interfaceImpl(iface).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** Whether operations of dialects that are not loaded may be created and verified. */
  public boolean allowsUnregisteredDialects() {
    return allowUnregisteredDialects;
  }

  /** Allows or forbids operations of dialects that are not loaded. */
  public void setAllowUnregisteredDialects(boolean allow) {
    this.allowUnregisteredDialects = allow;
  }

  /** The resources declared by parsed files or added by tools. */
  public ResourceTable resources() {
    return resources;
  }

  /** The engine that routes this context's diagnostics. */
  public DiagnosticEngine diagnostics() {
    return diagnostics;
  }
}
