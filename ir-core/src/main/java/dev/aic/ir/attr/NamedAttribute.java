package dev.aic.ir.attr;

import java.util.Objects;

/**
 * One entry of a {@link DictionaryAttr}: a name and its value.
 *
 * @param name the key; any string, quoted when printed if it is not an identifier
 * @param value the attribute
 */
public record NamedAttribute(String name, Attribute value) implements Comparable<NamedAttribute> {
  /** Validates the components. */
  public NamedAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  /** Orders by name, as dictionaries are kept. */
  @Override
  public int compareTo(NamedAttribute other) {
    return name.compareTo(other.name);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof NamedAttribute that
        && Objects.equals(name, that.name)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(name);
    hash = 31 * hash + Objects.hashCode(value);
    return hash;
  }
}
