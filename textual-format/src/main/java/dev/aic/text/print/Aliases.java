package dev.aic.text.print;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.IntegerSetAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import dev.aic.text.DialectSyntax;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The alias table of one print: which types and attributes print as {@code !name} / {@code #name}
 * and in which order their definitions come, as MLIR's {@code AliasInitializer} decides.
 *
 * <p>A first pass over the IR {@linkplain Collector#visit visits} every type and attribute in
 * printing order (an op's regions first, then its operand types, result types and discardable
 * attributes; properties are not visited, so they print inline). Affine maps are named {@code map},
 * integer sets {@code set}, locations {@code loc}, and a dialect may name its own values through
 * {@link DialectSyntax}. Aliases are then sorted by nesting depth (an alias whose text uses other
 * aliases comes after them), types before attributes, then by name, keeping first-visit order
 * otherwise; repeated names get suffixes {@code map1}, {@code map2}... in that order. Locations
 * seen only as op locations are <em>deferred</em>: their definitions follow the printed op.
 */
final class Aliases {
  /** One visited type or attribute; ordered as aliases print (see the class comment). */
  static final class Entry implements Comparable<Entry> {
    final Object value;
    final boolean isType;
    String name;
    int depth;
    boolean canBeDeferred;
    List<Entry> children = List.of();
    int suffix;

    Entry(Object value, boolean isType) {
      this.value = value;
      this.isType = isType;
    }

    /** The value the alias stands for: a type or an attribute. */
    Object value() {
      return value;
    }

    @Override
    public int compareTo(Entry other) {
      if (depth != other.depth) {
        return Integer.compare(depth, other.depth);
      }
      if (isType != other.isType) {
        return isType ? -1 : 1;
      }
      return name.compareTo(other.name);
    }

    /** The alias with its sigil and suffix: {@code #map1}. */
    String alias() {
      StringBuilder out = new StringBuilder().append(isType ? '!' : '#').append(name);
      if (suffix > 0) {
        if (Character.isDigit(name.charAt(name.length() - 1))) {
          out.append('_');
        }
        out.append(suffix);
      }
      return out.toString();
    }
  }

  private final Map<Object, String> aliasText;
  private final List<Entry> ordered;

  private Aliases(Map<Object, String> aliasText, List<Entry> ordered) {
    this.aliasText = aliasText;
    this.ordered = ordered;
  }

  /** The alias of a type or attribute, or {@code null}. */
  String alias(Object value) {
    return aliasText.get(value);
  }

  /**
   * The aliases to define ({@code #map = affine_map<...>}) in order: the deferred ones or the
   * others.
   */
  List<Entry> definitions(boolean deferred) {
    List<Entry> definitions = new ArrayList<>();
    for (Entry entry : ordered) {
      if (entry.canBeDeferred == deferred) {
        definitions.add(entry);
      }
    }
    return definitions;
  }

  /** Visits types and attributes and builds the table. */
  static final class Collector {
    private final Context context;
    private final LinkedHashMap<Object, Entry> visited = new LinkedHashMap<>();
    // The same entries by identity: types and attributes are interned, so nearly every visit is
    // found here without hashing a type's structure.
    private final IdentityHashMap<Object, Entry> seen = new IdentityHashMap<>();

    Collector(Context context) {
      this.context = context;
    }

    /** Visits a type. */
    void visitType(Type type, boolean canBeDeferred) {
      visit(type, true, canBeDeferred);
    }

    /** Visits an attribute (a location too). */
    void visitAttribute(Attribute attribute, boolean canBeDeferred) {
      visit(attribute, false, canBeDeferred);
    }

    private Entry visit(Object value, boolean isType, boolean canBeDeferred) {
      Entry entry = seen.get(value);
      if (entry == null) {
        entry = visited.get(value);
        if (entry != null) {
          seen.put(value, entry);
        }
      }
      if (entry != null) {
        if (!canBeDeferred) {
          markNonDeferrable(entry);
        }
        return entry;
      }
      entry = new Entry(value, isType);
      entry.name = aliasName(value, isType);
      entry.depth = entry.name == null ? 0 : 1;
      entry.canBeDeferred = canBeDeferred;
      visited.put(value, entry);
      seen.put(value, entry);
      ChildVisitor children = new ChildVisitor(canBeDeferred);
      if (value instanceof Type type) {
        type.print(children);
      } else if (value instanceof Location location) {
        location.printBody(children);
      } else {
        ((Attribute) value).print(children);
      }
      entry.children = children.children;
      if (children.maxDepth > 0) {
        entry.depth = children.maxDepth + 1;
      }
      return entry;
    }

    private static void markNonDeferrable(Entry entry) {
      if (!entry.canBeDeferred) {
        return;
      }
      ArrayDeque<Entry> work = new ArrayDeque<>();
      work.push(entry);
      while (!work.isEmpty()) {
        Entry next = work.pop();
        if (next.canBeDeferred) {
          next.canBeDeferred = false;
          for (Entry child : next.children) {
            work.push(child);
          }
        }
      }
    }

    private String aliasName(Object value, boolean isType) {
      String name = null;
      if (value instanceof AffineMapAttr) {
        name = "map";
      } else if (value instanceof IntegerSetAttr) {
        name = "set";
      } else if (value instanceof Location) {
        name = "loc";
      } else {
        for (Dialect dialect : context.dialects()) {
          if (dialect instanceof DialectSyntax syntax) {
            Optional<String> alias =
                isType ? syntax.typeAlias((Type) value) : syntax.attributeAlias((Attribute) value);
            if (alias.isPresent() && !alias.get().isEmpty()) {
              name = alias.get();
              break;
            }
          }
        }
      }
      return name == null ? null : SsaNames.sanitize(name, "$_-", false);
    }

    /** Orders and numbers the aliases found. */
    Aliases build() {
      List<Entry> ordered = new ArrayList<>();
      for (Entry entry : visited.values()) {
        if (entry.name != null) {
          ordered.add(entry);
        }
      }
      // A stable sort, so equal entries keep their first-visit order.
      Collections.sort(ordered);
      Map<String, Integer> counts = new HashMap<>();
      Map<Object, String> text = new HashMap<>();
      for (Entry entry : ordered) {
        int seen = counts.getOrDefault(entry.name, 0);
        counts.put(entry.name, seen + 1);
        entry.suffix = seen;
        text.put(entry.value, entry.alias());
      }
      return new Aliases(text, ordered);
    }

    /** Records the values nested in one visited value. */
    private final class ChildVisitor implements AttrTypePrinter {
      private final boolean canBeDeferred;
      private final List<Entry> children = new ArrayList<>();
      private int maxDepth;

      ChildVisitor(boolean canBeDeferred) {
        this.canBeDeferred = canBeDeferred;
      }

      private AttrTypePrinter record(Entry child) {
        children.add(child);
        maxDepth = Math.max(maxDepth, child.depth);
        return this;
      }

      @Override
      public AttrTypePrinter print(String text) {
        return this;
      }

      @Override
      public AttrTypePrinter print(char c) {
        return this;
      }

      @Override
      public AttrTypePrinter printType(Type type) {
        return record(visit(type, true, canBeDeferred));
      }

      @Override
      public AttrTypePrinter printAttribute(Attribute attribute) {
        return record(visit(attribute, false, canBeDeferred));
      }

      @Override
      public AttrTypePrinter printLocation(Location location) {
        return record(visit(location, false, canBeDeferred));
      }
    }
  }
}
