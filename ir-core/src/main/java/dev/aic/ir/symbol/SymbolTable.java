package dev.aic.ir.symbol;

import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.WalkOrder;
import dev.aic.ir.WalkResult;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.trait.IsSymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The symbols defined directly in one symbol-table op (one with {@link IsSymbolTable}), by name,
 * with lookup, insertion that keeps names unique, renaming that updates uses, and the static
 * helpers that resolve references through nested tables.
 */
public final class SymbolTable {
  /** The attribute that names a symbol. */
  public static final String SYMBOL_NAME = "sym_name";

  /** The attribute that holds a symbol's visibility. */
  public static final String VISIBILITY = "sym_visibility";

  private final Operation tableOp;
  private final Map<String, Operation> symbols = new HashMap<>();
  private int uniquingCounter;

  /** Indexes the symbols of {@code tableOp}. */
  public SymbolTable(Operation tableOp) {
    if (!tableOp.hasTrait(IsSymbolTable.class) && tableOp.isRegistered()) {
      throw new IllegalArgumentException(tableOp.name() + " is not a symbol table");
    }
    this.tableOp = tableOp;
    for (Operation op : body(tableOp).operations()) {
      String name = symbolName(op);
      if (name != null) {
        symbols.putIfAbsent(name, op);
      }
    }
  }

  /** The symbol-table op. */
  public Operation op() {
    return tableOp;
  }

  /** The symbol named {@code name}, if defined here. */
  public Optional<Operation> lookup(String name) {
    return Optional.ofNullable(symbols.get(name));
  }

  /**
   * Inserts {@code symbol} (detached or already in the table's block) at the end of the table,
   * renaming it to {@code name_N} for the smallest free {@code N} if its name is taken.
   *
   * @return the name it ends up with
   */
  public String insert(Operation symbol) {
    String name = symbolName(symbol);
    if (name == null) {
      throw new IllegalArgumentException(symbol.name() + " has no symbol name");
    }
    if (symbol.parentBlock() == null) {
      Block body = body(tableOp);
      Operation terminator = body.terminator();
      body.insertBefore(terminator, symbol);
    }
    if (symbols.get(name) != symbol && symbols.containsKey(name)) {
      String unique;
      do {
        unique = name + "_" + uniquingCounter++;
      } while (symbols.containsKey(unique));
      setSymbolName(symbol, unique);
      name = unique;
    }
    symbols.put(name, symbol);
    return name;
  }

  /** Removes {@code symbol} from the table (and its block), without erasing it. */
  public void remove(Operation symbol) {
    String name = symbolName(symbol);
    if (name != null && symbols.get(name) == symbol) {
      symbols.remove(name);
      symbol.remove();
    }
  }

  /** Removes and erases {@code symbol}. */
  public void erase(Operation symbol) {
    remove(symbol);
    symbol.erase();
  }

  /**
   * Renames {@code symbol} to {@code newName} and rewrites every reference to it nested in the
   * table op; references that resolve to a same-named symbol of a nested table are left alone.
   */
  public void rename(Operation symbol, String newName) {
    String oldName = symbolName(symbol);
    if (symbols.containsKey(newName)) {
      throw new IllegalArgumentException("symbol '" + newName + "' already exists");
    }
    replaceAllSymbolUses(oldName, newName, tableOp);
    symbols.remove(oldName);
    setSymbolName(symbol, newName);
    symbols.put(newName, symbol);
  }

  // ---- static helpers ------------------------------------------------------------------------

  /** The symbol name of {@code op}, or {@code null} if it defines none. */
  public static String symbolName(Operation op) {
    return op.inherentOrDiscardable(SYMBOL_NAME).orElse(null) instanceof StringAttr s
        ? s.value()
        : null;
  }

  /** Sets the symbol name, where the op keeps it (inherent if it was inherent). */
  public static void setSymbolName(Operation op, String name) {
    if (op.attributes().contains(SYMBOL_NAME)) {
      op.setAttribute(SYMBOL_NAME, new StringAttr(name));
    } else {
      op.setProperty(SYMBOL_NAME, new StringAttr(name));
    }
  }

  /** The visibility of a symbol op: public unless its {@code sym_visibility} says otherwise. */
  public static Visibility visibility(Operation op) {
    return op.inherentOrDiscardable(VISIBILITY).orElse(null) instanceof StringAttr s
        ? Visibility.parse(s.value()).orElse(Visibility.PUBLIC)
        : Visibility.PUBLIC;
  }

  /** The closest symbol-table op that is or encloses {@code from}, or {@code null}. */
  public static Operation nearestSymbolTable(Operation from) {
    for (Operation op = from; op != null; op = op.parentOp()) {
      if (op.hasTrait(IsSymbolTable.class)) {
        return op;
      }
    }
    return null;
  }

  /** The symbol named {@code name} defined directly in the table op {@code table}. */
  public static Optional<Operation> lookupIn(Operation table, String name) {
    if (table.numRegions() != 1 || table.region(0).isEmpty()) {
      return Optional.empty();
    }
    for (Operation op : table.region(0).firstBlock().operations()) {
      if (name.equals(symbolName(op))) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  /** Resolves {@code ref} starting in the table op {@code table}, following nested parts. */
  public static Optional<Operation> lookupIn(Operation table, SymbolRefAttr ref) {
    Optional<Operation> current = lookupIn(table, ref.root());
    for (String nested : ref.nested()) {
      if (current.isEmpty() || !current.get().hasTrait(IsSymbolTable.class)) {
        return Optional.empty();
      }
      current = lookupIn(current.get(), nested);
    }
    return current;
  }

  /**
   * Resolves {@code ref} in the nearest symbol table that is or encloses {@code from}, as MLIR's
   * {@code lookupNearestSymbolFrom} does; outer tables are not searched.
   */
  public static Optional<Operation> lookupNearestSymbolFrom(Operation from, SymbolRefAttr ref) {
    Operation table = nearestSymbolTable(from);
    return table == null ? Optional.empty() : lookupIn(table, ref);
  }

  /**
   * Every reference to a symbol in the attributes of ops nested in {@code scope} (not {@code scope}
   * itself), looking inside arrays and dictionaries. Nested symbol tables open a new scope: their
   * own attributes count, what they hold does not.
   */
  public static List<SymbolUse> symbolUses(Operation scope) {
    List<SymbolUse> uses = new ArrayList<>();
    walkScope(
        scope,
        op -> {
          collect(op, op.properties(), uses);
          collect(op, op.attributes(), uses);
        });
    return uses;
  }

  /** Visits the ops nested in {@code scope} without entering nested symbol tables. */
  private static void walkScope(Operation scope, Consumer<Operation> visitor) {
    scope.walk(
        WalkOrder.PRE_ORDER,
        op -> {
          if (op == scope) {
            return WalkResult.ADVANCE;
          }
          visitor.accept(op);
          return op.hasTrait(IsSymbolTable.class) ? WalkResult.SKIP : WalkResult.ADVANCE;
        });
  }

  /** The references to the symbol named {@code name} (as a root) nested in {@code scope}. */
  public static List<SymbolUse> symbolUses(String name, Operation scope) {
    return symbolUses(scope).stream().filter(u -> u.reference().root().equals(name)).toList();
  }

  /** Whether nothing nested in {@code scope} refers to the symbol named {@code name}. */
  public static boolean isSymbolUnused(String name, Operation scope) {
    return symbolUses(name, scope).isEmpty();
  }

  /**
   * Rewrites every reference rooted at {@code oldName} nested in {@code scope}, not entering nested
   * symbol tables.
   */
  public static void replaceAllSymbolUses(String oldName, String newName, Operation scope) {
    UnaryOperator<Attribute> rename =
        a ->
            a instanceof SymbolRefAttr ref && ref.root().equals(oldName)
                ? new SymbolRefAttr(newName, ref.nested())
                : a;
    walkScope(
        scope,
        op -> {
          op.setProperties((DictionaryAttr) replace(op.properties(), rename));
          op.setAttributes((DictionaryAttr) replace(op.attributes(), rename));
        });
  }

  private static void collect(Operation user, Attribute attr, List<SymbolUse> uses) {
    if (attr instanceof SymbolRefAttr ref) {
      uses.add(new SymbolUse(user, ref));
    } else if (attr instanceof ArrayAttr array) {
      array.elements().forEach(e -> collect(user, e, uses));
    } else if (attr instanceof DictionaryAttr dict) {
      dict.entries().forEach(e -> collect(user, e.value(), uses));
    }
  }

  private static Attribute replace(Attribute attr, UnaryOperator<Attribute> fn) {
    if (attr instanceof ArrayAttr array) {
      return new ArrayAttr(array.elements().stream().map(e -> replace(e, fn)).toList());
    }
    if (attr instanceof DictionaryAttr dict) {
      List<NamedAttribute> entries = new ArrayList<>(dict.size());
      dict.entries()
          .forEach(e -> entries.add(new NamedAttribute(e.name(), replace(e.value(), fn))));
      return DictionaryAttr.of(entries);
    }
    return fn.apply(attr);
  }

  private static Block body(Operation tableOp) {
    if (tableOp.numRegions() != 1 || !tableOp.region(0).hasOneBlock()) {
      throw new IllegalArgumentException(tableOp.name() + " does not hold one block");
    }
    return tableOp.region(0).firstBlock();
  }
}
