package dev.aic.ir.pass.option;

import dev.aic.ir.pass.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of a pass's options, checked against its declared options: what was given, else the
 * defaults. Immutable; {@link #parse} reads MLIR option text ({@code a=1 b=true list=1,2,3
 * s="str"}), {@link #print} writes it back so that parsing gives equal values.
 */
public final class OptionValues {
  private final List<Option<?>> schema;
  private final Map<String, Object> values;

  private OptionValues(List<Option<?>> schema, Map<String, Object> values) {
    this.schema = List.copyOf(schema);
    this.values = values;
  }

  /** Every option at its default. */
  public static OptionValues defaults(List<Option<?>> schema) {
    return new OptionValues(schema, new LinkedHashMap<>());
  }

  /**
   * Parses option text (without the enclosing braces) against {@code schema}; a later entry for the
   * same option replaces an earlier one, except that list entries append, as in MLIR.
   *
   * @throws OptionException naming the offending option, with its offset in {@code text}
   */
  public static OptionValues parse(List<Option<?>> schema, String text) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (OptionText.Entry entry : OptionText.entries(text)) {
      Option<?> option = find(schema, entry.name());
      if (option == null) {
        String message = "no such option " + entry.name();
        String suggestion =
            Suggestions.closest(entry.name(), schema.stream().map(Option::name).toList());
        if (suggestion != null) {
          message += "; did you mean '" + suggestion + "'?";
        }
        throw new OptionException(message, entry.offset());
      }
      String raw = entry.value() == null ? "" : entry.value();
      Object value;
      try {
        value =
            option.type() instanceof OptionType.ListType<?>
                ? option.parse(raw)
                : option.parse(OptionText.unwrap(raw));
      } catch (OptionException e) {
        throw new OptionException(e.getMessage(), entry.offset());
      }
      if (value instanceof List<?> items && values.get(option.name()) instanceof List<?> before) {
        List<Object> joined = new ArrayList<>(before);
        joined.addAll(items);
        value = List.copyOf(joined);
      }
      values.put(option.name(), value);
    }
    return new OptionValues(schema, values);
  }

  private static Option<?> find(List<Option<?>> schema, String name) {
    for (Option<?> option : schema) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    return null;
  }

  /** The declared options. */
  public List<Option<?>> schema() {
    return schema;
  }

  /** The value of {@code option}: as given, else its default. */
  @SuppressWarnings("unchecked")
  public <T> T get(Option<T> option) {
    if (find(schema, option.name()) == null) {
      throw new IllegalArgumentException("option '" + option.name() + "' is not declared");
    }
    Object value = values.get(option.name());
    return value != null ? (T) value : option.defaultValue();
  }

  /** Whether {@code option} was given explicitly. */
  public boolean isSet(Option<?> option) {
    return values.containsKey(option.name());
  }

  /**
   * The options as MLIR prints them inside a pass's braces, sorted by name: every option with a
   * value, lists only when not empty ({@code enum=one list={1,2} string={x y}}).
   */
  public String print() {
    List<String> parts = new ArrayList<>();
    List<Option<?>> sorted = new ArrayList<>(schema);
    sorted.sort(Comparator.comparing(Option::name));
    for (Option<?> option : sorted) {
      Object value = get(option);
      if (value == null || (value instanceof List<?> list && list.isEmpty())) {
        continue;
      }
      parts.add(option.name() + "=" + option.printValue(value));
    }
    return String.join(" ", parts);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OptionValues that) || !schema.equals(that.schema)) {
      return false;
    }
    for (Option<?> option : schema) {
      if (!Objects.equals(get(option), that.get(option))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = schema.hashCode();
    for (Option<?> option : schema) {
      hash = 31 * hash + Objects.hashCode(get(option));
    }
    return hash;
  }

  @Override
  public String toString() {
    return "{" + print() + "}";
  }
}
