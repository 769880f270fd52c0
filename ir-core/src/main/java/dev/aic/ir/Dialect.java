package dev.aic.ir;

/**
 * A namespace of operations, types and attributes, such as {@code arith} or {@code npu}. A dialect
 * registers its operation definitions when a {@link Context} loads it.
 */
public abstract class Dialect {
  private final String namespace;

  /** A dialect with the namespace its ops, types and attributes are prefixed with. */
  protected Dialect(String namespace) {
    this.namespace = namespace;
  }

  /** The namespace: {@code arith} for {@code arith.addi}. */
  public final String namespace() {
    return namespace;
  }

  /** Registers this dialect's operations in {@code context}; called once, on load. */
  protected abstract void initialize(Context context);

  /**
   * Whether ops of this namespace that the dialect does not define are accepted, as some dialects
   * (like {@code test}) allow.
   */
  public boolean allowsUnknownOperations() {
    return false;
  }

  @Override
  public String toString() {
    return namespace;
  }
}
