package dev.aic.text.builtin;

import dev.aic.ir.Dialect;
import dev.aic.ir.DialectProvider;

/** Lists the {@code builtin} dialect's operations for tools that discover dialects. */
public final class BuiltinDialectProvider implements DialectProvider {
  /** The provider; {@link java.util.ServiceLoader} calls this. */
  public BuiltinDialectProvider() {}

  @Override
  public String namespace() {
    return "builtin";
  }

  @Override
  public Dialect create() {
    return new BuiltinDialect();
  }
}
