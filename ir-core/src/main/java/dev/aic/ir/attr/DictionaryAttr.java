package dev.aic.ir.attr;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary of named attributes kept sorted by name, with unique names: {@code {a = 1 : i32,
 * b}}. Operations hold their properties and their discardable attributes as dictionaries.
 *
 * @param entries the entries, sorted by name and without duplicates
 */
public record DictionaryAttr(List<NamedAttribute> entries) implements Attribute {
  /** The empty dictionary. */
  public static final DictionaryAttr EMPTY = new DictionaryAttr(List.of());

  /** Sorts the entries; a name given twice is a programming error. */
  public DictionaryAttr {
    NamedAttribute[] sorted = entries.toArray(new NamedAttribute[0]);
    Arrays.sort(sorted);
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i].name().equals(sorted[i - 1].name())) {
        throw new IllegalArgumentException("duplicate key '" + sorted[i].name() + "'");
      }
    }
    entries = List.of(sorted);
  }

  /** A dictionary of the given entries, in any order. */
  public static DictionaryAttr of(Collection<NamedAttribute> entries) {
    return entries.isEmpty() ? EMPTY : new DictionaryAttr(List.copyOf(entries));
  }

  /** The value of {@code name}, if present; a binary search. */
  public Optional<Attribute> get(String name) {
    int index = indexOf(name);
    return index >= 0 ? Optional.of(entries.get(index).value()) : Optional.empty();
  }

  /** Whether {@code name} is present. */
  public boolean contains(String name) {
    return indexOf(name) >= 0;
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** Whether there are no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** This dictionary with {@code name} set to {@code value}, replacing an earlier value. */
  public DictionaryAttr with(String name, Attribute value) {
    List<NamedAttribute> copy = new ArrayList<>(entries);
    int index = indexOf(name);
    if (index >= 0) {
      copy.set(index, new NamedAttribute(name, value));
    } else {
      copy.add(-index - 1, new NamedAttribute(name, value));
    }
    return new DictionaryAttr(copy);
  }

  /** This dictionary without {@code name}; itself when absent. */
  public DictionaryAttr without(String name) {
    int index = indexOf(name);
    if (index < 0) {
      return this;
    }
    List<NamedAttribute> copy = new ArrayList<>(entries);
    copy.remove(index);
    return copy.isEmpty() ? EMPTY : new DictionaryAttr(copy);
  }

  private int indexOf(String name) {
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = entries.get(mid).name().compareTo(name);
      if (cmp < 0) {
        low = mid + 1;
      } else if (cmp > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  /** Writes the entries between braces; a unit value shows as its name alone. */
  @Override
  public void print(AttrTypePrinter p) {
    p.print('{');
    printEntries(p);
    p.print('}');
  }

  /** Writes {@code a = 1 : i32, b} without the braces, as attribute dictionaries of ops need. */
  public void printEntries(AttrTypePrinter p) {
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      NamedAttribute entry = entries.get(i);
      p.print(AsmText.keyword(entry.name()));
      if (!(entry.value() instanceof UnitAttr)) {
        p.print(" = ").printAttribute(entry.value());
      }
    }
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof DictionaryAttr that && Objects.equals(entries, that.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(entries);
  }
}
