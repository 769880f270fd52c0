package dev.aic.ir;

import java.util.Optional;

/**
 * The interned name of an operation, {@code dialect.mnemonic}, pointing at the operation's
 * definition once one is registered. Ops hold their name, so reaching an op's traits and interfaces
 * costs one field read.
 */
public final class OperationName {
  private final Context context;
  private final String name;
  private final String dialectNamespace;
  private volatile OpDefinition definition;

  OperationName(Context context, String name) {
    this.context = context;
    this.name = name;
    this.dialectNamespace = dialectNamespace(name);
  }

  void register(OpDefinition definition) {
    if (this.definition != null && this.definition != definition) {
      throw new IllegalStateException("operation '" + name + "' is already registered");
    }
    this.definition = definition;
  }

  /** The context this name belongs to. */
  public Context context() {
    return context;
  }

  /** The full name, {@code arith.addi}. */
  public String name() {
    return name;
  }

  /** The dialect namespace, {@code arith} for {@code arith.addi}. */
  public String dialectNamespace() {
    return dialectNamespace;
  }

  /** The dialect namespace of a full op name: everything before the first dot. */
  static String dialectNamespace(String name) {
    int dot = name.indexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }

  /** Whether a definition is registered for this name. */
  public boolean isRegistered() {
    return definition != null;
  }

  /** The definition, if registered. */
  public Optional<OpDefinition> definition() {
    return Optional.ofNullable(definition);
  }

  /** The definition, or {@code null} when unregistered; for hot paths. */
  public OpDefinition definitionOrNull() {
    return definition;
  }

  @Override
  public String toString() {
    return name;
  }
}
