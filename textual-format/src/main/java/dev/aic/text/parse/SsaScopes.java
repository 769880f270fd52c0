package dev.aic.text.parse;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Value;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import dev.aic.text.ParseException;
import dev.aic.text.UnresolvedOperand;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;
import org.eclipse.collections.impl.map.mutable.primitive.IntObjectHashMap;

/**
 * The SSA names in scope while parsing, with MLIR's rules: each op isolated from above opens a
 * fresh scope where outer names are invisible; each other region opens a nested scope whose
 * definitions disappear when it closes. A use before its definition gets a placeholder value,
 * replaced when the definition comes; placeholders left when an isolated scope closes are uses of
 * undeclared names.
 */
final class SsaScopes {
  /**
   * One definition: a value (most ops have one result) or a list of them for a group, and where it
   * is: a location, or (the common case, the result of an op) only the offset of its name, made a
   * location if a diagnostic needs one. A function of a million ops keeps a million of these until
   * its end.
   *
   * @param values a {@link Value}, or a {@code List<? extends Value>} for a group
   */
  private record Definition(Object values, Location location, int offset) {
    int size() {
      return values instanceof Value ? 1 : ((List<?>) values).size();
    }

    Value get(int i) {
      return values instanceof Value value ? value : (Value) ((List<?>) values).get(i);
    }
  }

  private record ForwardRef(Value placeholder, Location location) {}

  /**
   * The names one isolated scope defines. Numbered names ({@code %0}, {@code %12}), nearly all of
   * them in printed IR, are keyed by their number in a primitive map, so that the map holds no
   * string and no node per value: a function's map lives until its end, and with a million values
   * its keys and nodes outlived the young generation only to die there (docs/perf.md).
   */
  private static final class Isolated {
    final Map<String, Definition> named = new HashMap<>();
    final IntObjectHashMap<Definition> numbered = new IntObjectHashMap<>();
    final ArrayDeque<RegionNames> regionScopes = new ArrayDeque<>();
    final Map<String, ForwardRef> forwardRefs = new LinkedHashMap<>();

    /** The definition of {@code name}, or of {@code number} when that is not negative. */
    Definition get(String name, int number) {
      return number < 0 ? named.get(name) : numbered.get(number);
    }

    void put(String name, int number, Definition definition) {
      RegionNames region = regionScopes.peek();
      if (number < 0) {
        named.put(name, definition);
        region.names.add(name);
      } else {
        numbered.put(number, definition);
        region.numbers.add(number);
      }
    }

    /** Forgets the names of the innermost region. */
    void popRegion() {
      RegionNames region = regionScopes.pop();
      for (String name : region.names) {
        named.remove(name);
      }
      for (int i = 0; i < region.numbers.size(); i++) {
        numbered.remove(region.numbers.get(i));
      }
    }
  }

  /** The names a region defined, to forget when it closes. */
  private static final class RegionNames {
    final List<String> names = new ArrayList<>();
    final IntArrayList numbers = new IntArrayList();
  }

  /**
   * The number of a name written in canonical decimal ({@code 0}, {@code 12}; not {@code 007},
   * which is another name) that fits an int, or -1.
   */
  private static int number(String name) {
    return number(name, 0, name.length());
  }

  /** {@link #number(String)} of {@code text[start, end)}. */
  static int number(String text, int start, int end) {
    int length = end - start;
    if (length == 0 || length > 9 || (length > 1 && text.charAt(start) == '0')) {
      return -1;
    }
    int number = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }

  private final ParserState state;
  private final ArrayDeque<Isolated> scopes = new ArrayDeque<>();

  SsaScopes(ParserState state) {
    this.state = state;
  }

  /** Opens the scope of a region; an isolated region hides every outer name. */
  void push(boolean isolated) {
    if (isolated || scopes.isEmpty()) {
      scopes.push(new Isolated());
    }
    scopes.peek().regionScopes.push(new RegionNames());
  }

  /** Closes the scope opened by the matching {@link #push}. */
  void pop(boolean isolated) {
    Isolated scope = scopes.peek();
    scope.popRegion();
    if (isolated || scope.regionScopes.isEmpty()) {
      if (!scope.forwardRefs.isEmpty()) {
        ForwardRef first = scope.forwardRefs.values().iterator().next();
        throw state.error(first.location(), "use of undeclared SSA value name");
      }
      scopes.pop();
    }
  }

  /** Defines {@code name} (without {@code %}) as the group {@code values}. */
  void define(String name, List<? extends Value> values, Location location) {
    Object defined = values.size() == 1 ? values.get(0) : List.copyOf(values);
    define(name, number(name), defined, location, -1);
  }

  /**
   * Defines the name written at {@code [start, end)} of the source, {@code %} included, as the
   * {@code count} results of {@code op} from {@code first} on. A numbered name makes no string.
   */
  void defineResults(int start, int end, Operation op, int first, int count) {
    int number = number(state.source().text(), start + 1, end);
    String name = number < 0 ? state.source().slice(start + 1, end) : null;
    Object defined =
        count == 1 ? op.result(first) : List.copyOf(op.results().subList(first, first + count));
    define(name, number, defined, null, start);
  }

  private Location where(Location location, int offset) {
    return location != null ? location : state.locationAt(offset);
  }

  private Location where(Definition definition) {
    return where(definition.location(), definition.offset());
  }

  /**
   * Defines {@code name}, or {@code number} when that is not negative (name is then null), as
   * {@code values} (see {@link Definition}), written at {@code location} or else at {@code offset}.
   */
  private void define(String name, int number, Object values, Location location, int offset) {
    Isolated scope = scopes.peek();
    Definition previous = scope.get(name, number);
    if (previous != null) {
      state
          .context()
          .diagnostics()
          .emit(
              new Diagnostic(
                  Severity.ERROR,
                  where(location, offset),
                  "redefinition of SSA value '%" + spelled(name, number) + "'",
                  List.of(new Note(where(previous), "previously defined here"))));
      throw new ParseException();
    }
    Definition definition = new Definition(values, location, offset);
    // Forward references are rare: skip building their keys when there are none.
    for (int i = 0; i < definition.size() && !scope.forwardRefs.isEmpty(); i++) {
      ForwardRef forward = scope.forwardRefs.remove(key(spelled(name, number), i));
      if (forward == null) {
        continue;
      }
      Value value = definition.get(i);
      if (!forward.placeholder().type().equals(value.type())) {
        state
            .context()
            .diagnostics()
            .emit(
                new Diagnostic(
                    Severity.ERROR,
                    where(location, offset),
                    "definition of SSA value '%"
                        + key(spelled(name, number), i)
                        + "' has type '"
                        + value.type()
                        + "'",
                    List.of(
                        new Note(
                            forward.location(),
                            "previously used here with type '"
                                + forward.placeholder().type()
                                + "'"))));
        throw new ParseException();
      }
      Operation placeholderOp = forward.placeholder().definingOp();
      forward.placeholder().replaceAllUsesWith(value);
      placeholderOp.erase();
    }
    scope.put(name, number, definition);
  }

  /** How a name given as by {@link #define(String, int, Object, Location, int)} is written. */
  private static String spelled(String name, int number) {
    return number < 0 ? name : Integer.toString(number);
  }

  /** Result 0 of {@code %number} if it is defined in the innermost isolated scope, else null. */
  Value definedNumbered(int number) {
    Definition definition = scopes.peek().numbered.get(number);
    return definition == null ? null : definition.get(0);
  }

  /**
   * The value {@code use} names, with type {@code type}, or a placeholder for a later definition.
   */
  Value resolve(UnresolvedOperand use, Type type) {
    Isolated scope = scopes.peek();
    Definition definition = scope.get(use.name(), number(use.name()));
    if (definition != null) {
      if (use.number() >= definition.size()) {
        throw state.error(use.location(), "reference to invalid result number");
      }
      Value value = definition.get(use.number());
      if (!value.type().equals(type)) {
        throw typeMismatch(use, type, value.type(), where(definition));
      }
      return value;
    }
    String key = key(use.name(), use.number());
    ForwardRef forward = scope.forwardRefs.get(key);
    if (forward != null) {
      if (!forward.placeholder().type().equals(type)) {
        throw typeMismatch(use, type, forward.placeholder().type(), forward.location());
      }
      return forward.placeholder();
    }
    Value placeholder = placeholder(state.context(), type, use.location());
    scope.forwardRefs.put(key, new ForwardRef(placeholder, use.location()));
    return placeholder;
  }

  private ParseException typeMismatch(
      UnresolvedOperand use, Type used, Type prior, Location priorLocation) {
    String name = use.number() == 0 ? use.name() : use.name() + "#" + use.number();
    state
        .context()
        .diagnostics()
        .emit(
            new Diagnostic(
                Severity.ERROR,
                use.location(),
                "use of value '%"
                    + name
                    + "' expects different type than prior uses: '"
                    + used
                    + "' vs '"
                    + prior
                    + "'",
                List.of(new Note(priorLocation, "prior use here"))));
    return new ParseException();
  }

  /** Drops every placeholder still waiting, after a parse error. */
  void abandon() {
    for (Isolated scope : scopes) {
      for (ForwardRef forward : scope.forwardRefs.values()) {
        Value placeholder = forward.placeholder();
        for (var use : placeholder.uses()) {
          use.owner().dropAllReferences();
        }
      }
    }
    scopes.clear();
  }

  private static String key(String name, int number) {
    return name + "#" + number;
  }

  /** A detached op whose result stands for a value used before its definition. */
  private static Value placeholder(Context context, Type type, Location location) {
    OperationState placeholder = new OperationState(context, location, "builtin.forward_ref");
    return Operation.create(placeholder.addType(type)).result(0);
  }
}
