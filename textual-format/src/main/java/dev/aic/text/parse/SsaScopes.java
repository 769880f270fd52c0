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
   * The names one isolated scope defines. The names of printed IR ({@code %0}, {@code %12}, {@code
   * %arg3}), nearly all names, are keyed by their {@link #code} in a primitive map, so that the map
   * holds no string and no node per value: a function's map lives until its end, and with a million
   * values its keys and nodes outlived the young generation only to die there (docs/perf.md).
   */
  private static final class Isolated {
    final Map<String, Definition> named = new HashMap<>();
    final IntObjectHashMap<Definition> coded = new IntObjectHashMap<>();
    final ArrayDeque<RegionNames> regionScopes = new ArrayDeque<>();
    final Map<String, ForwardRef> forwardRefs = new LinkedHashMap<>();

    /** The definition of {@code name}, or of {@code code} unless that is {@link #UNCODED}. */
    Definition get(String name, int code) {
      return code == UNCODED ? named.get(name) : coded.get(code);
    }

    void put(String name, int code, Definition definition) {
      RegionNames region = regionScopes.peek();
      if (code == UNCODED) {
        named.put(name, definition);
        region.names.add(name);
      } else {
        coded.put(code, definition);
        region.codes.add(code);
      }
    }

    /** Forgets the names of the innermost region, and returns its emptied list of them. */
    RegionNames popRegion() {
      RegionNames region = regionScopes.pop();
      for (String name : region.names) {
        named.remove(name);
      }
      for (int i = 0; i < region.codes.size(); i++) {
        coded.remove(region.codes.get(i));
      }
      region.names.clear();
      region.codes.clear();
      return region;
    }
  }

  /** The names a region defined, to forget when it closes. */
  private static final class RegionNames {
    final List<String> names = new ArrayList<>();
    final IntArrayList codes = new IntArrayList();
  }

  /** The {@link #code} of a name that has none. */
  static final int UNCODED = Integer.MIN_VALUE;

  /**
   * The int that stands for the name {@code text[start, end)} (without {@code %}) in place of a
   * string: N for {@code N} and -1 - N for {@code argN}, the names MLIR prints, with N in canonical
   * decimal of at most 9 digits ({@code 007} is another name); {@link #UNCODED} for other names.
   */
  static int code(String text, int start, int end) {
    if (end - start > 3 && text.startsWith("arg", start)) {
      int n = number(text, start + 3, end);
      return n < 0 ? UNCODED : -1 - n;
    }
    int n = number(text, start, end);
    return n < 0 ? UNCODED : n;
  }

  private static int code(String name) {
    return code(name, 0, name.length());
  }

  /** The number written in canonical decimal at {@code text[start, end)}, or -1. */
  private static int number(String text, int start, int end) {
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
  // Lists of closed regions, emptied, for the regions to come: they keep the room they grew to,
  // which ten thousand functions of a hundred values each would otherwise grow again and again.
  private final ArrayDeque<RegionNames> spareRegionNames = new ArrayDeque<>();

  SsaScopes(ParserState state) {
    this.state = state;
  }

  /** Opens the scope of a region; an isolated region hides every outer name. */
  void push(boolean isolated) {
    if (isolated || scopes.isEmpty()) {
      scopes.push(new Isolated());
    }
    RegionNames names = spareRegionNames.poll();
    scopes.peek().regionScopes.push(names != null ? names : new RegionNames());
  }

  /** Closes the scope opened by the matching {@link #push}. */
  void pop(boolean isolated) {
    Isolated scope = scopes.peek();
    spareRegionNames.push(scope.popRegion());
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
    define(name, code(name), defined, location, -1);
  }

  /**
   * Defines the name written at {@code [start, end)} of the source, {@code %} included, as the
   * {@code count} results of {@code op} from {@code first} on. A name with a {@link #code} makes no
   * string.
   */
  void defineResults(int start, int end, Operation op, int first, int count) {
    int code = code(state.source().text(), start + 1, end);
    String name = code == UNCODED ? state.source().slice(start + 1, end) : null;
    Object defined =
        count == 1 ? op.result(first) : List.copyOf(op.results().subList(first, first + count));
    define(name, code, defined, null, start);
  }

  private Location where(Location location, int offset) {
    return location != null ? location : state.locationAt(offset);
  }

  private Location where(Definition definition) {
    return where(definition.location(), definition.offset());
  }

  /**
   * Defines {@code name}, or {@code code} unless that is {@link #UNCODED} (name may then be null),
   * as {@code values} (see {@link Definition}), written at {@code location} or else at {@code
   * offset}.
   */
  private void define(String name, int code, Object values, Location location, int offset) {
    Isolated scope = scopes.peek();
    Definition previous = scope.get(name, code);
    if (previous != null) {
      state
          .context()
          .diagnostics()
          .emit(
              new Diagnostic(
                  Severity.ERROR,
                  where(location, offset),
                  "redefinition of SSA value '%" + spelled(name, code) + "'",
                  List.of(new Note(where(previous), "previously defined here"))));
      throw new ParseException();
    }
    Definition definition = new Definition(values, location, offset);
    // Forward references are rare: skip building their keys when there are none.
    for (int i = 0; i < definition.size() && !scope.forwardRefs.isEmpty(); i++) {
      ForwardRef forward = scope.forwardRefs.remove(key(spelled(name, code), i));
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
                        + key(spelled(name, code), i)
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
    scope.put(name, code, definition);
  }

  /** How a name given as by {@link #define(String, int, Object, Location, int)} is written. */
  private static String spelled(String name, int code) {
    if (code == UNCODED) {
      return name;
    }
    return code >= 0 ? Integer.toString(code) : "arg" + (-1 - code);
  }

  /**
   * Result 0 of the name with {@link #code} {@code code} if it is defined in the innermost isolated
   * scope, else null.
   */
  Value definedCoded(int code) {
    Definition definition = scopes.peek().coded.get(code);
    return definition == null ? null : definition.get(0);
  }

  /**
   * The value {@code use} names, with type {@code type}, or a placeholder for a later definition.
   */
  Value resolve(UnresolvedOperand use, Type type) {
    Isolated scope = scopes.peek();
    Definition definition = scope.get(use.name(), code(use.name()));
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
