package dev.aic.text.parse;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationName;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.Location;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.Type;
import dev.aic.text.Argument;
import dev.aic.text.OpSyntax;
import dev.aic.text.ParseException;
import dev.aic.text.UnresolvedOperand;
import dev.aic.text.lex.MlirLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * Parses operations, regions and blocks, generic or custom, resolving SSA names and block labels as
 * MLIR does. Custom forms are parsed by the op's {@link OpSyntax} through a {@link CustomOpParser}.
 */
final class OperationParser {
  /** A location written as {@code loc(#alias)} before the alias was defined. */
  private record DeferredLocation(Consumer<Location> target, String alias, Location where) {}

  /**
   * Sets the location of an op or of a block argument: a class rather than a method reference,
   * since this runs on every start and on JDK 17 the first lambda of a run costs about 10 ms
   * (docs/perf.md).
   */
  private record SetLocation(Operation op, BlockArgument argument) implements Consumer<Location> {
    @Override
    public void accept(Location location) {
      if (op != null) {
        op.setLocation(location);
      } else {
        argument.setLocation(location);
      }
    }
  }

  final ParserState state;
  final AttrTypeParser attrs;
  final SsaScopes values;
  final BlockScopes blocks;
  private final ArrayDeque<String> defaultDialects = new ArrayDeque<>();
  private final SpellingCache<OperationName> genericNames = new SpellingCache<>();
  private final SpanMemo<DictionaryAttr> genericProperties = new SpanMemo<>();
  private final SpanMemo<DictionaryAttr> genericAttributes = new SpanMemo<>();
  private final SpanMemo<FunctionType> genericTypes = new SpanMemo<>();
  private final List<DeferredLocation> deferredLocations = new ArrayList<>();
  // The result groups of the ops being parsed, innermost last, as (name start, name end, count)
  // triples: no list, record or string per op, since a million ops may parse at once.
  private final IntArrayList resultGroups = new IntArrayList();
  // The operands of the generic ops being parsed, innermost last, until their types are known: a
  // Value defined before, or an UnresolvedOperand. operandSpans holds where each is written.
  private final ArrayList<Object> pendingOperands = new ArrayList<>();
  private final IntArrayList operandSpans = new IntArrayList();
  // The state of the generic op being parsed at each nesting level, reused op after op: a million
  // states and their lists were most of the parser's garbage.
  private final ArrayList<OperationState> genericStates = new ArrayList<>();

  OperationParser(ParserState state) {
    this.state = state;
    this.attrs = new AttrTypeParser(state);
    this.values = new SsaScopes(state);
    this.blocks = new BlockScopes(state);
    // As in MLIR, top-level custom ops may leave out "builtin." (so `module` works).
    defaultDialects.push("builtin");
  }

  // ---- operations ----------------------------------------------------------------------------

  /**
   * Parses one operation, with its results and trailing location, and appends it to {@code block}.
   */
  void parseOperation(Block block) {
    int groups = resultGroups.size();
    parseResultGroups();
    int kind = state.tokens().peekKind();
    Operation op;
    if (kind == MlirLexer.STRING) {
      op = parseGenericOperation();
    } else if (kind == MlirLexer.BARE_ID) {
      op = parseCustomOperation(resultCount(groups));
    } else {
      throw state.errorExpected("operation name in quotes");
    }
    block.append(op);
    if (resultGroups.size() > groups) {
      defineResults(op, groups);
    }
    if (atTrailingLocation()) {
      parseTrailingLocation(new SetLocation(op, null));
    }
  }

  /** The number of results the groups from index {@code groups} on bind. */
  private int resultCount(int groups) {
    int count = 0;
    for (int i = groups; i < resultGroups.size(); i += 3) {
      count += resultGroups.get(i + 2);
    }
    return count;
  }

  /** Binds the result groups from index {@code groups} on to the results of {@code op}. */
  private void defineResults(Operation op, int groups) {
    int provided = resultCount(groups);
    if (provided != op.numResults()) {
      throw state.error(
          state.locationAt(resultGroups.get(groups)),
          "operation defines "
              + op.numResults()
              + " results but was provided "
              + provided
              + " to bind");
    }
    int next = 0;
    for (int i = groups; i < resultGroups.size(); i += 3) {
      int count = resultGroups.get(i + 2);
      values.defineResults(resultGroups.get(i), resultGroups.get(i + 1), op, next, count);
      next += count;
    }
    while (resultGroups.size() > groups) {
      resultGroups.removeAtIndex(resultGroups.size() - 1);
    }
  }

  /** Parses {@code %a, %b:2 =} if it comes, onto {@link #resultGroups}. */
  private void parseResultGroups() {
    if (!state.at(MlirLexer.PERCENT_ID)) {
      return;
    }
    do {
      if (!state.at(MlirLexer.PERCENT_ID)) {
        throw state.errorExpected("SSA value name");
      }
      resultGroups.add(state.tokens().peekStart(0));
      resultGroups.add(state.tokens().peekEnd(0));
      state.tokens().skip();
      int count = 1;
      if (state.consumeIf(MlirLexer.COLON)) {
        Token number = state.expectToken(MlirLexer.INTEGER, "integer number of results");
        count = parseCount(number);
        if (count < 1) {
          throw state.error(number, "expected named operation to have at least 1 result");
        }
      }
      resultGroups.add(count);
    } while (state.consumeIf(MlirLexer.COMMA));
    state.expect(MlirLexer.EQUAL, "'=' after SSA name");
  }

  private int parseCount(Token number) {
    try {
      return Integer.parseInt(state.text(number));
    } catch (NumberFormatException e) {
      throw state.error(number, "expected integer number of results");
    }
  }

  private Operation parseGenericOperation() {
    TokenCursor tokens = state.tokens();
    Location location = state.currentLocation();
    String text = state.source().text();
    OperationName opName = genericNames.get(text, tokens.peekStart(0), tokens.peekEnd(0));
    if (opName == null) {
      Token nameToken = tokens.peek();
      opName = state.context().operationName(Strings.decode(state, nameToken));
      genericNames.put(text, nameToken.start(), nameToken.end(), opName);
    }
    tokens.skip();
    if (!opName.isRegistered()
        && state.context().dialect(opName.dialectNamespace()).isEmpty()
        && !state.context().allowsUnregisteredDialects()) {
      throw state.error(
          state.currentLocation(),
          "operation being parsed with an unregistered dialect. If this is intended, please use"
              + " -allow-unregistered-dialect with the MLIR tool used");
    }
    OperationState op = genericState(location, opName);
    state.expect(MlirLexer.LPAREN, "'(' to start operand list");
    int firstOperand = pendingOperands.size();
    if (state.at(MlirLexer.PERCENT_ID)) {
      do {
        parsePendingOperand();
      } while (state.consumeIf(MlirLexer.COMMA));
    }
    state.expect(MlirLexer.RPAREN, "')' to end operand list");
    if (state.consumeIf(MlirLexer.LSQUARE)) {
      do {
        op.addSuccessor(parseSuccessor());
      } while (state.consumeIf(MlirLexer.COMMA));
      state.expect(MlirLexer.RSQUARE, "']' to end successor list");
    }
    if (state.at(MlirLexer.LESS)) {
      op.setProperties(parseGenericProperties());
    }
    if (state.consumeIf(MlirLexer.LPAREN)) {
      do {
        Region region = new Region();
        parseRegion(region, List.of(), opName);
        op.addRegion(region);
      } while (state.consumeIf(MlirLexer.COMMA));
      state.expect(MlirLexer.RPAREN, "')' to end region list");
    }
    if (state.at(MlirLexer.LBRACE)) {
      DictionaryAttr attributes = genericAttributes.recall(state);
      if (attributes == null) {
        int start = genericAttributes.begin(state);
        attributes = attrs.parseAttributeDictionary();
        genericAttributes.remember(state, start, attributes);
      }
      op.setAttributes(attributes);
    }
    state.expect(MlirLexer.COLON, "':' followed by operation type");
    int typeStart = state.tokens().nextStart();
    FunctionType function = parseGenericType(typeStart);
    resolvePendingOperands(firstOperand, function.inputs(), typeStart, op);
    op.addTypes(function.results());
    moveInherentAttributes(op, opName);
    return Operation.create(op);
  }

  /** The state for a generic op at the current nesting level, emptied. */
  private OperationState genericState(Location location, OperationName name) {
    int depth = state.nestingDepth();
    while (genericStates.size() <= depth) {
      genericStates.add(null);
    }
    OperationState reused = genericStates.get(depth);
    if (reused == null) {
      reused = new OperationState(location, name);
      genericStates.set(depth, reused);
      return reused;
    }
    return reused.reset(location, name);
  }

  /**
   * Parses {@code %name} or {@code %name#N} onto {@link #pendingOperands}: the value itself for
   * {@code %N} or {@code %argN} already defined, the common case, without the string and location
   * of an {@link UnresolvedOperand}.
   */
  private void parsePendingOperand() {
    TokenCursor tokens = state.tokens();
    int start = tokens.peekStart(0);
    int end = tokens.peekEnd(0);
    Value defined = null;
    if (tokens.peekKind() == MlirLexer.PERCENT_ID && tokens.peekKind(1) != MlirLexer.HASH_ID) {
      int code = SsaScopes.code(state.source().text(), start + 1, end);
      defined = code == SsaScopes.UNCODED ? null : values.definedCoded(code);
    }
    if (defined != null) {
      tokens.skip();
      pendingOperands.add(defined);
    } else {
      pendingOperands.add(parseOperandUse());
    }
    operandSpans.add(start);
    operandSpans.add(end);
  }

  /**
   * Adds the operands from {@code first} on of {@link #pendingOperands} to {@code op}, resolved
   * with the types written for them, and takes them off.
   */
  private void resolvePendingOperands(
      int first, List<Type> types, int typeStart, OperationState op) {
    int count = pendingOperands.size() - first;
    if (types.size() != count) {
      int n = types.size();
      throw state.error(
          state.locationAt(typeStart),
          "expected " + n + " operand type" + (n == 1 ? "" : "s") + " but had " + count);
    }
    for (int i = 0; i < count; i++) {
      Object use = pendingOperands.get(first + i);
      Type type = types.get(i);
      if (use instanceof Value value && value.type().equals(type)) {
        op.addOperand(value);
      } else {
        op.addOperand(values.resolve(unresolved(use, first + i), type));
      }
    }
    for (int i = pendingOperands.size() - 1; i >= first; i--) {
      pendingOperands.remove(i);
      operandSpans.removeAtIndex(2 * i + 1);
      operandSpans.removeAtIndex(2 * i);
    }
  }

  /** {@code <{...}>}, the properties of a generic op; mostly the same text op after op. */
  private DictionaryAttr parseGenericProperties() {
    DictionaryAttr known = genericProperties.recall(state);
    if (known != null) {
      return known;
    }
    int start = genericProperties.begin(state);
    state.tokens().skip();
    Token at = state.tokens().peek();
    Attribute properties = attrs.parseAttribute(null);
    if (!(properties instanceof DictionaryAttr dictionary)) {
      throw state.error(at, "expected a dictionary of properties");
    }
    state.expect(MlirLexer.GREATER, "'>' to close properties");
    genericProperties.remember(state, start, dictionary);
    return dictionary;
  }

  /** The function type of a generic op, starting at offset {@code typeStart}. */
  private FunctionType parseGenericType(int typeStart) {
    FunctionType known = genericTypes.recall(state);
    if (known != null) {
      return known;
    }
    int start = genericTypes.begin(state);
    if (!(attrs.parseType() instanceof FunctionType function)) {
      throw state.error(state.locationAt(typeStart), "expected function type");
    }
    genericTypes.remember(state, start, function);
    return function;
  }

  /**
   * As MLIR does for ops with properties, inherent attributes written in the discardable dictionary
   * of a generic op move to its properties when no {@code <{...}>} was given.
   */
  private static void moveInherentAttributes(OperationState op, OperationName name) {
    OpDefinition definition = name.definitionOrNull();
    if (definition == null || definition.inherentAttributes().isEmpty()) {
      return;
    }
    op.moveInherentAttributes(definition.inherentAttributes());
  }

  private Operation parseCustomOperation(int resultCount) {
    Token nameToken = state.tokens().next();
    String written = state.text(nameToken);
    Location location = state.location(nameToken);
    OperationName opName = resolveCustomName(written, nameToken);
    OpSyntax syntax = opName.definitionOrNull().interfaceImpl(OpSyntax.class).orElseThrow();
    OperationState op = new OperationState(location, opName);
    // The op's regions may leave out its default dialect; generic ops inherit the enclosing one.
    defaultDialects.push(syntax.defaultDialect());
    try {
      syntax.parse(new CustomOpParser(this, location, resultCount, opName), op);
    } finally {
      defaultDialects.pop();
    }
    return Operation.create(op);
  }

  private OperationName resolveCustomName(String written, Token nameToken) {
    List<String> candidates = new ArrayList<>();
    candidates.add(written);
    if (!defaultDialects.peek().isEmpty() && !written.startsWith(defaultDialects.peek() + ".")) {
      candidates.add(defaultDialects.peek() + "." + written);
    }
    for (String candidate : candidates) {
      OperationName name = state.context().operationName(candidate);
      OpDefinition definition = name.definitionOrNull();
      if (definition != null && definition.interfaceImpl(OpSyntax.class).isPresent()) {
        return name;
      }
    }
    int dot = written.indexOf('.');
    if (dot > 0) {
      String namespace = written.substring(0, dot);
      if (state.context().dialect(namespace).isEmpty()) {
        String available =
            state.context().dialects().stream()
                .map(Dialect::namespace)
                .sorted()
                .collect(Collectors.joining(", "));
        state
            .context()
            .diagnostics()
            .emit(
                new Diagnostic(
                    Severity.ERROR,
                    state.location(nameToken),
                    "Dialect `" + namespace + "' not found for custom op '" + written + "' ",
                    List.of(
                        new Note(state.location(nameToken), "Available dialects: " + available))));
        throw new ParseException();
      }
    }
    String tried = candidates.size() > 1 ? " (tried '" + candidates.get(1) + "' as well)" : "";
    throw state.error(nameToken, "custom op '" + written + "' is unknown" + tried);
  }

  /**
   * The pending operand {@code use} at index {@code i} as {@link #parseOperandUse} would have
   * parsed it, to resolve it the general way.
   */
  private UnresolvedOperand unresolved(Object use, int i) {
    if (use instanceof UnresolvedOperand operand) {
      return operand;
    }
    int start = operandSpans.get(2 * i);
    return new UnresolvedOperand(
        state.source().slice(start + 1, operandSpans.get(2 * i + 1)), 0, state.locationAt(start));
  }

  /** Parses {@code %name} or {@code %name#N} as written, without resolving it. */
  UnresolvedOperand parseOperandUse() {
    Token token = state.expectToken(MlirLexer.PERCENT_ID, "SSA operand");
    String name = state.textAfterSigil(token);
    int number = 0;
    if (state.at(MlirLexer.HASH_ID)) {
      Token hash = state.tokens().peek();
      String digits = state.textAfterSigil(hash);
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
        state.tokens().skip();
        try {
          number = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
          throw state.error(hash, "invalid SSA value result number");
        }
      }
    }
    return new UnresolvedOperand(name, number, state.location(token));
  }

  /** Parses {@code ^name} and returns its block of the current region. */
  Block parseSuccessor() {
    Token token = state.expectToken(MlirLexer.CARET_ID, "block name");
    return blocks.use(state.textAfterSigil(token), state.location(token));
  }

  // ---- regions and blocks --------------------------------------------------------------------

  /**
   * Parses {@code { blocks }} into {@code region} for an op called {@code owner}. With {@code
   * entryArguments}, the entry block is created with them and must not have a label.
   */
  void parseRegion(Region region, List<Argument> entryArguments, OperationName owner) {
    Token open = state.expectToken(MlirLexer.LBRACE, "'{' to begin a region");
    state.enterNesting();
    OpDefinition definition = owner.definitionOrNull();
    boolean isolated = definition != null && definition.hasTrait(IsolatedFromAbove.class);
    Optional<OpSyntax> syntax =
        definition == null ? Optional.empty() : definition.interfaceImpl(OpSyntax.class);
    String defaultDialect = syntax.isPresent() ? syntax.get().defaultDialect() : "";
    defaultDialects.push(
        defaultDialect.isEmpty() && !defaultDialects.isEmpty()
            ? defaultDialects.peek()
            : defaultDialect);
    values.push(isolated);
    blocks.push();
    if (entryArguments.isEmpty() && state.consumeIf(MlirLexer.RBRACE)) {
      close(isolated);
      return;
    }
    Block entry;
    if (!entryArguments.isEmpty()) {
      if (state.at(MlirLexer.CARET_ID)) {
        throw state.error(
            state.currentLocation(), "invalid block name in region with named arguments");
      }
      entry = new Block();
      for (Argument argument : entryArguments) {
        defineArgument(entry, argument);
      }
      region.append(entry);
    } else if (state.at(MlirLexer.CARET_ID)) {
      entry = parseBlockLabel(region);
    } else {
      entry = new Block();
      region.append(entry);
    }
    parseBlockBody(entry);
    while (state.at(MlirLexer.CARET_ID)) {
      parseBlockBody(parseBlockLabel(region));
    }
    if (!state.at(MlirLexer.RBRACE)) {
      throw state.errorExpected("'}' to end region that started at line " + open.line());
    }
    state.tokens().skip();
    close(isolated);
  }

  private void close(boolean isolated) {
    blocks.pop();
    values.pop(isolated);
    state.exitNesting();
  }

  private Block parseBlockLabel(Region region) {
    Token label = state.tokens().next();
    Block block = blocks.define(state.textAfterSigil(label), label);
    region.append(block);
    if (state.consumeIf(MlirLexer.LPAREN)) {
      if (!state.at(MlirLexer.RPAREN)) {
        do {
          UnresolvedOperand name = parseOperandUse();
          state.expect(MlirLexer.COLON, "':' and type for SSA value");
          Type type = attrs.parseType();
          defineArgument(block, new Argument(name, type, null, null));
          if (atTrailingLocation()) {
            parseTrailingLocation(new SetLocation(null, block.argument(block.numArguments() - 1)));
          }
        } while (state.consumeIf(MlirLexer.COMMA));
      }
      state.expect(MlirLexer.RPAREN, "')' to end argument list");
    }
    state.expect(MlirLexer.COLON, "':' after block name");
    return block;
  }

  /** Adds {@code argument} to {@code block} and defines its name. */
  void defineArgument(Block block, Argument argument) {
    Location location =
        argument.location() != null ? argument.location() : argument.name().location();
    if (argument.type() == null) {
      throw state.error(argument.name().location(), "expected type for region argument");
    }
    Value value = block.addArgument(argument.type(), location);
    values.define(argument.name().name(), List.of(value), argument.name().location());
  }

  private void parseBlockBody(Block block) {
    while (!state.at(MlirLexer.CARET_ID)
        && !state.at(MlirLexer.RBRACE)
        && !state.at(TokenCursor.EOF)) {
      parseOperation(block);
    }
  }

  // ---- locations -----------------------------------------------------------------------------

  /** Whether a trailing {@code loc(...)} comes next. */
  boolean atTrailingLocation() {
    return state.atKeyword("loc") && state.tokens().peekKind(1) == MlirLexer.LPAREN;
  }

  /** Parses an optional trailing {@code loc(...)} and hands it to {@code target}. */
  void parseTrailingLocation(Consumer<Location> target) {
    if (!atTrailingLocation()) {
      return;
    }
    state.tokens().skip();
    state.tokens().skip();
    Token first = state.tokens().peek();
    if (first.kind() == MlirLexer.HASH_ID && state.tokens().peekKind(1) == MlirLexer.RPAREN) {
      String alias = state.textAfterSigil(first);
      Attribute defined = state.attributeAliases().get(alias);
      state.tokens().skip();
      if (defined instanceof Location location) {
        target.accept(location);
      } else if (defined != null) {
        throw state.error(first, "expected location, but found '" + defined + "'");
      } else {
        deferredLocations.add(new DeferredLocation(target, alias, state.location(first)));
      }
    } else {
      target.accept(attrs.parseLocationBody());
    }
    state.expect(MlirLexer.RPAREN, "')' in location");
  }

  /** Resolves locations that referred to aliases defined later in the file. */
  void resolveDeferredLocations() {
    for (DeferredLocation deferred : deferredLocations) {
      Attribute defined = state.attributeAliases().get(deferred.alias());
      if (!(defined instanceof Location location)) {
        throw state.error(deferred.where(), "operation location alias was never defined");
      }
      deferred.target().accept(location);
    }
  }
}
