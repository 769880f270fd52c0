package dev.aic.ir.pass;

import dev.aic.ir.pass.option.Option;
import dev.aic.ir.pass.option.OptionValues;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the registry knows about a pass before creating it: the flag that names it, the class-like
 * name instrumentation prints, a summary, the op it is anchored on and its option schema.
 *
 * @param argument the kebab-case name in pipelines and as an {@code aic-opt} flag ({@code cse})
 * @param name the name IR dumps and timing print ({@code CSE}); MLIR prints the C++ class name
 * @param summary one line for {@code --list-passes}
 * @param anchor the op name the pass runs on ({@code builtin.module}), or {@link #ANY}
 * @param options the declared options
 * @param factory makes a fresh, unconfigured instance
 */
public record PassInfo(
    String argument,
    String name,
    String summary,
    String anchor,
    List<Option<?>> options,
    Supplier<? extends Pass> factory) {
  /** The anchor of a pass that runs on any op. */
  public static final String ANY = "any";

  /** Validates the components and copies the options. */
  public PassInfo {
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(factory, "factory");
    options = List.copyOf(options);
  }

  /** Whether the pass runs on any op rather than one op name. */
  public boolean isOpAgnostic() {
    return ANY.equals(anchor);
  }

  /** A new instance with every option at its default. */
  public Pass create() {
    return create(OptionValues.defaults(options));
  }

  /** A new instance configured with {@code values}, which must follow this pass's schema. */
  public Pass create(OptionValues values) {
    if (!values.schema().equals(options)) {
      throw new IllegalArgumentException("option values of another schema for '" + argument + "'");
    }
    Pass pass = factory.get();
    pass.bind(this, values);
    return pass;
  }
}
