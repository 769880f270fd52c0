package dev.aic.text.parse;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.OperationName;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import dev.aic.text.Argument;
import dev.aic.text.OpAsmParser;
import dev.aic.text.ParseException;
import dev.aic.text.UnresolvedOperand;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@link OpAsmParser} a custom op syntax parses with, over the shared parser state. */
final class CustomOpParser implements OpAsmParser {
  private static final Map<String, Integer> PUNCTUATION = new HashMap<>();

  static {
    for (int kind = 1; kind <= MlirLexer.VOCABULARY.getMaxTokenType(); kind++) {
      String literal = MlirLexer.VOCABULARY.getLiteralName(kind);
      if (literal != null) {
        PUNCTUATION.put(literal.substring(1, literal.length() - 1), kind);
      }
    }
  }

  private final OperationParser ops;
  private final ParserState state;
  private final Location nameLocation;
  private final int numResults;
  private final OperationName opName;

  CustomOpParser(OperationParser ops, Location nameLocation, int numResults, OperationName opName) {
    this.ops = ops;
    this.state = ops.state;
    this.nameLocation = nameLocation;
    this.numResults = numResults;
    this.opName = opName;
  }

  @Override
  public Context context() {
    return state.context();
  }

  @Override
  public Location nameLocation() {
    return nameLocation;
  }

  @Override
  public Location currentLocation() {
    return state.currentLocation();
  }

  @Override
  public ParseException emitError(Location location, String message) {
    return state.error(location, message);
  }

  @Override
  public int numResults() {
    return numResults;
  }

  // ---- punctuation, keywords, literals -------------------------------------------------------

  private static int kindOf(String punctuation) {
    Integer kind = PUNCTUATION.get(punctuation);
    if (kind == null) {
      throw new IllegalArgumentException("'" + punctuation + "' is not a punctuation token");
    }
    return kind;
  }

  @Override
  public void parsePunctuation(String punctuation) {
    state.expect(kindOf(punctuation));
  }

  @Override
  public boolean parseOptionalPunctuation(String punctuation) {
    return state.consumeIf(kindOf(punctuation));
  }

  @Override
  public void parseKeyword(String keyword) {
    if (!state.consumeKeywordIf(keyword)) {
      throw state.errorExpected("'" + keyword + "'");
    }
  }

  @Override
  public boolean parseOptionalKeyword(String keyword) {
    return state.consumeKeywordIf(keyword);
  }

  @Override
  public String parseKeyword() {
    return state.text(state.expectToken(MlirLexer.BARE_ID, "valid keyword"));
  }

  @Override
  public Optional<String> parseOptionalKeyword() {
    return state.at(MlirLexer.BARE_ID)
        ? Optional.of(state.text(state.tokens().next()))
        : Optional.empty();
  }

  @Override
  public String parseKeywordOrString() {
    if (state.at(MlirLexer.STRING)) {
      return Strings.decode(state, state.tokens().next());
    }
    return parseKeyword();
  }

  @Override
  public String parseString() {
    return Strings.decode(state, state.expectToken(MlirLexer.STRING, "string"));
  }

  @Override
  public Optional<String> parseOptionalString() {
    return state.at(MlirLexer.STRING)
        ? Optional.of(Strings.decode(state, state.tokens().next()))
        : Optional.empty();
  }

  @Override
  public String parseSymbolName() {
    return parseOptionalSymbolName()
        .orElseThrow(() -> state.errorExpected("valid '@'-identifier for symbol name"));
  }

  @Override
  public Optional<String> parseOptionalSymbolName() {
    if (!state.at(MlirLexer.AT_ID)) {
      return Optional.empty();
    }
    Token token = state.tokens().next();
    String text = state.text(token);
    if (text.length() > 1 && text.charAt(1) == '"') {
      Token inner =
          new Token(
              MlirLexer.STRING, token.start() + 1, token.end(), token.line(), token.column() + 1);
      return Optional.of(Strings.decode(state, inner));
    }
    return Optional.of(text.substring(1));
  }

  @Override
  public BigInteger parseInteger() {
    return parseOptionalInteger().orElseThrow(() -> state.errorExpected("integer value"));
  }

  @Override
  public Optional<BigInteger> parseOptionalInteger() {
    boolean negative = false;
    if (state.at(MlirLexer.MINUS) && state.tokens().peekKind(1) == MlirLexer.INTEGER) {
      state.tokens().skip();
      negative = true;
    }
    if (!state.at(MlirLexer.INTEGER)) {
      return Optional.empty();
    }
    String text = state.text(state.tokens().next());
    BigInteger value =
        text.startsWith("0x") ? new BigInteger(text.substring(2), 16) : new BigInteger(text);
    return Optional.of(negative ? value.negate() : value);
  }

  // ---- types and attributes ------------------------------------------------------------------

  @Override
  public Type parseType() {
    return ops.attrs.parseType();
  }

  @Override
  public Optional<Type> parseOptionalType() {
    return ops.attrs.parseOptionalType();
  }

  @Override
  public Type parseColonType() {
    state.expect(MlirLexer.COLON);
    return parseType();
  }

  @Override
  public List<Type> parseColonTypeList() {
    state.expect(MlirLexer.COLON);
    List<Type> types = new ArrayList<>();
    Optional<Type> first = parseOptionalType();
    if (first.isPresent()) {
      types.add(first.get());
      while (state.consumeIf(MlirLexer.COMMA)) {
        types.add(parseType());
      }
    }
    return types;
  }

  @Override
  public List<Type> parseOptionalArrowTypeList() {
    if (!state.consumeIf(MlirLexer.ARROW)) {
      return List.of();
    }
    List<Type> types = new ArrayList<>();
    if (state.consumeIf(MlirLexer.LPAREN)) {
      if (!state.at(MlirLexer.RPAREN)) {
        do {
          types.add(parseType());
        } while (state.consumeIf(MlirLexer.COMMA));
      }
      state.expect(MlirLexer.RPAREN);
    } else {
      types.add(parseType());
    }
    return types;
  }

  @Override
  public Attribute parseAttribute() {
    return ops.attrs.parseAttribute(null);
  }

  @Override
  public Attribute parseAttribute(Type type) {
    return ops.attrs.parseAttribute(type);
  }

  @Override
  public Optional<Attribute> parseOptionalAttribute() {
    return ops.attrs.parseOptionalAttribute(null);
  }

  @Override
  public void parseOptionalAttrDict(OperationState result) {
    if (state.at(MlirLexer.LBRACE)) {
      for (NamedAttribute entry : ops.attrs.parseAttributeDictionary().entries()) {
        result.addAttribute(entry.name(), entry.value());
      }
    }
  }

  @Override
  public void parseOptionalAttrDictWithKeyword(OperationState result) {
    if (state.consumeKeywordIf("attributes")) {
      DictionaryAttr dictionary = ops.attrs.parseAttributeDictionary();
      dictionary.entries().forEach(e -> result.addAttribute(e.name(), e.value()));
    }
  }

  @Override
  public Optional<Location> parseOptionalLocationSpecifier() {
    Location[] parsed = new Location[1];
    ops.parseTrailingLocation(location -> parsed[0] = location);
    return Optional.ofNullable(parsed[0]);
  }

  // ---- SSA values, regions, successors -------------------------------------------------------

  @Override
  public UnresolvedOperand parseOperand() {
    return ops.parseOperandUse();
  }

  @Override
  public Optional<UnresolvedOperand> parseOptionalOperand() {
    return state.at(MlirLexer.PERCENT_ID) ? Optional.of(ops.parseOperandUse()) : Optional.empty();
  }

  @Override
  public List<UnresolvedOperand> parseOperandList(String delimiter) {
    List<UnresolvedOperand> operands = new ArrayList<>();
    boolean delimited = !delimiter.isEmpty();
    if (delimited) {
      parsePunctuation(delimiter.substring(0, 1));
    }
    if (state.at(MlirLexer.PERCENT_ID)) {
      do {
        operands.add(ops.parseOperandUse());
      } while (state.consumeIf(MlirLexer.COMMA));
    }
    if (delimited) {
      parsePunctuation(delimiter.substring(1));
    }
    return operands;
  }

  @Override
  public Value resolveOperand(UnresolvedOperand operand, Type type) {
    return ops.values.resolve(operand, type);
  }

  @Override
  public List<Value> resolveOperands(List<UnresolvedOperand> operands, List<Type> types) {
    if (operands.size() != types.size()) {
      throw state.error(
          nameLocation, operands.size() + " operands present, but expected " + types.size());
    }
    List<Value> resolved = new ArrayList<>(operands.size());
    for (int i = 0; i < operands.size(); i++) {
      resolved.add(resolveOperand(operands.get(i), types.get(i)));
    }
    return resolved;
  }

  @Override
  public Argument parseArgument(boolean allowType, boolean allowAttributes) {
    UnresolvedOperand name = ops.parseOperandUse();
    Type type = null;
    if (allowType) {
      state.expect(MlirLexer.COLON);
      type = parseType();
    }
    DictionaryAttr attributes = null;
    if (allowAttributes && state.at(MlirLexer.LBRACE)) {
      attributes = ops.attrs.parseAttributeDictionary();
    }
    Location location = parseOptionalLocationSpecifier().orElse(null);
    return new Argument(name, type, attributes, location);
  }

  @Override
  public List<Argument> parseArgumentList(
      String delimiter, boolean allowType, boolean allowAttributes) {
    List<Argument> arguments = new ArrayList<>();
    boolean delimited = !delimiter.isEmpty();
    if (delimited) {
      parsePunctuation(delimiter.substring(0, 1));
    }
    if (state.at(MlirLexer.PERCENT_ID)) {
      do {
        arguments.add(parseArgument(allowType, allowAttributes));
      } while (state.consumeIf(MlirLexer.COMMA));
    }
    if (delimited) {
      parsePunctuation(delimiter.substring(1));
    }
    return arguments;
  }

  @Override
  public void parseRegion(Region region, List<Argument> arguments, boolean enableNameShadowing) {
    ops.parseRegion(region, arguments, opName);
  }

  @Override
  public boolean parseOptionalRegion(
      Region region, List<Argument> arguments, boolean enableNameShadowing) {
    if (!state.at(MlirLexer.LBRACE)) {
      return false;
    }
    parseRegion(region, arguments, enableNameShadowing);
    return true;
  }

  @Override
  public Block parseSuccessor() {
    return ops.parseSuccessor();
  }

  @Override
  public Optional<Block> parseOptionalSuccessor() {
    return state.at(MlirLexer.CARET_ID) ? Optional.of(ops.parseSuccessor()) : Optional.empty();
  }

  @Override
  public Block parseSuccessorAndUseList(List<Value> operands) {
    Block block = ops.parseSuccessor();
    if (state.consumeIf(MlirLexer.LPAREN)) {
      List<UnresolvedOperand> uses = new ArrayList<>();
      do {
        uses.add(ops.parseOperandUse());
      } while (state.consumeIf(MlirLexer.COMMA));
      List<Type> types = parseColonTypeList();
      state.expect(MlirLexer.RPAREN);
      operands.addAll(resolveOperands(uses, types));
    }
    return block;
  }

  @Override
  public String opName() {
    return opName.name();
  }

  @Override
  public Optional<Attribute> parseOptionalAttribute(Type type) {
    return ops.attrs.parseOptionalAttribute(type);
  }

  @Override
  public Optional<DictionaryAttr> parseOptionalAttrDictionary() {
    return state.at(MlirLexer.LBRACE)
        ? Optional.of(ops.attrs.parseAttributeDictionary())
        : Optional.empty();
  }
}
