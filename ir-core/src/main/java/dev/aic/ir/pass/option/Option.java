package dev.aic.ir.pass.option;

import java.util.List;
import java.util.Objects;

/**
 * One declared pass option: its name in pipeline text, its help, its type and default. Passes
 * declare options once, as constants, and read them back typed from {@link OptionValues}:
 *
 * <pre>{@code
 * static final Option<Long> MAX_ITERATIONS =
 *     Option.of("max-iterations", "Maximum number of iterations", OptionType.INT, 10L);
 * long max = options().get(MAX_ITERATIONS);
 * }</pre>
 *
 * @param name the name written before {@code =}
 * @param help one line for {@code --help} and {@code --list-passes}
 * @param type how values parse and print
 * @param defaultValue the value when the option is not given; {@code null} for none (printed
 *     pipelines then leave it out)
 * @param <T> the value's Java type
 */
public record Option<T>(String name, String help, OptionType<T> type, T defaultValue) {
  /** Validates the components. */
  public Option {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(type, "type");
  }

  /** An option with a default value. */
  public static <T> Option<T> of(String name, String help, OptionType<T> type, T defaultValue) {
    return new Option<>(name, help, type, defaultValue);
  }

  /** A list option, empty by default and left out of printed pipelines while empty. */
  public static <E> Option<List<E>> list(String name, String help, OptionType<E> element) {
    return new Option<>(name, help, OptionType.listOf(element), List.of());
  }

  /** Parses {@code text} as this option's value. */
  public T parse(String text) {
    return type.parse(name, text);
  }

  /** Prints a value of this option as pipeline text. */
  @SuppressWarnings("unchecked")
  public String printValue(Object value) {
    return type.print((T) value);
  }
}
