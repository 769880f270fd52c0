package dev.aic.text.parse;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.OpaqueAttr;
import dev.aic.ir.attr.TypedAttr;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.OpaqueType;
import dev.aic.ir.type.Type;
import dev.aic.text.DialectAsmParser;
import dev.aic.text.DialectSyntax;
import dev.aic.text.ParseException;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Aliases ({@code !name}, {@code #name}) and dialect types and attributes ({@code
 * !ns.mnemonic<...>}, {@code #ns<...>}), as MLIR's {@code DialectSymbolParser.cpp} reads them. A
 * loaded dialect that implements {@link DialectSyntax} parses its own; an unknown dialect's symbol
 * is kept verbatim as an {@link OpaqueType} or {@link OpaqueAttr} if the context allows
 * unregistered dialects.
 */
final class DialectSymbolParser {
  private static final String UNREGISTERED =
      " created with unregistered dialect. If this is intended, please call"
          + " allowUnregisteredDialects() on the MLIRContext, or use -allow-unregistered-dialect"
          + " with the MLIR opt tool used";

  private final ParserState s;
  private final AttrTypeParser p;
  private final DialectAsmParser asmParser = new StateAsmParser();

  DialectSymbolParser(ParserState state, AttrTypeParser parser) {
    this.s = state;
    this.p = parser;
  }

  DialectAsmParser asmParser() {
    return asmParser;
  }

  /** What follows the sigil: the namespace, and where the body starts. */
  private record Symbol(
      Token token, String identifier, String namespace, boolean pretty, boolean trailing) {
    /** The mnemonic of a pretty name ({@code bar} of {@code !foo.bar}). */
    String mnemonic() {
      return identifier.substring(namespace.length() + 1);
    }
  }

  private Symbol readSymbol() {
    Token t = s.tokens().next();
    String identifier = s.textAfterSigil(t);
    int dot = identifier.indexOf('.');
    String namespace = dot < 0 ? identifier : identifier.substring(0, dot);
    Token next = s.tokens().peek();
    boolean trailing = next.kind() == MlirLexer.LESS && next.start() == t.end();
    return new Symbol(t, identifier, namespace, dot >= 0, trailing);
  }

  private <T> T alias(Symbol symbol, Map<String, T> aliases) {
    T value = aliases.get(symbol.identifier());
    if (value == null) {
      throw s.errorWrongToken("undefined symbol alias id '" + symbol.identifier() + "'");
    }
    return value;
  }

  Type parseExtendedType() {
    Symbol symbol = readSymbol();
    if (!symbol.trailing() && !symbol.pretty()) {
      return alias(symbol, s.typeAliases());
    }
    Optional<Dialect> dialect = s.context().dialect(symbol.namespace());
    if (dialect.isPresent()) {
      if (!(dialect.get() instanceof DialectSyntax syntax)) {
        throw s.error(
            symbol.token(), "dialect '" + symbol.namespace() + "' provides no type parsing hook");
      }
      List<Token> body = drainBody(symbol);
      pushBack(body);
      Type type = syntax.parseType(asmParser);
      expectBodyEnd(symbol);
      return type;
    }
    String data = opaqueData(symbol);
    if (!s.context().allowsUnregisteredDialects()) {
      throw s.error(
          opaqueLocation(symbol),
          "`!\"" + symbol.namespace() + "\"<\"" + data + "\">` type" + UNREGISTERED);
    }
    return OpaqueType.get(s.context(), symbol.namespace(), data);
  }

  Attribute parseExtendedAttr(Type type) {
    Symbol symbol = readSymbol();
    Attribute attr;
    if (!symbol.trailing() && !symbol.pretty()) {
      attr = alias(symbol, s.attributeAliases());
    } else {
      Optional<Dialect> dialect = s.context().dialect(symbol.namespace());
      if (dialect.isPresent()) {
        if (!(dialect.get() instanceof DialectSyntax syntax)) {
          throw s.error(
              symbol.token(),
              "dialect '" + symbol.namespace() + "' provides no attribute parsing hook");
        }
        List<Token> body = drainBody(symbol);
        Type attrType = type;
        if (s.consumeIf(MlirLexer.COLON)) {
          attrType = p.types.parseType();
        }
        pushBack(body);
        attr = syntax.parseAttribute(asmParser, attrType);
        expectBodyEnd(symbol);
      } else {
        String data = opaqueData(symbol);
        Type attrType = type;
        if (s.consumeIf(MlirLexer.COLON)) {
          attrType = p.types.parseType();
        }
        if (!s.context().allowsUnregisteredDialects()) {
          Type shown = attrType == null ? NoneType.get(s.context()) : attrType;
          throw s.error(
              opaqueLocation(symbol),
              "#\""
                  + symbol.namespace()
                  + "\"<\""
                  + data
                  + "\"> : '"
                  + shown
                  + "' attribute"
                  + UNREGISTERED);
        }
        attr = OpaqueAttr.get(s.context(), symbol.namespace(), data, attrType);
      }
    }
    if (type != null && attr instanceof TypedAttr typed && !typed.type().equals(type)) {
      throw s.error(
          s.currentLocation(),
          "attribute type different than expected: expected " + type + ", but got " + typed.type());
    }
    return attr;
  }

  /** Where MLIR reports an opaque symbol: at its mnemonic, or at the sigil for {@code #ns<...>}. */
  private FileLineColLoc opaqueLocation(Symbol symbol) {
    Token t = symbol.token();
    int column = symbol.pretty() ? t.column() + 2 + symbol.namespace().length() : t.column();
    return new FileLineColLoc(s.source().name(), t.line(), column);
  }

  /** The symbol's data exactly as written: {@code bar<...>} of a pretty name, else the inside. */
  private String opaqueData(Symbol symbol) {
    if (!symbol.trailing()) {
      return symbol.mnemonic();
    }
    List<Token> body = scanBody();
    Token open = body.get(0);
    Token close = body.get(body.size() - 1);
    if (symbol.pretty()) {
      return symbol.mnemonic() + s.source().slice(open.start(), close.end());
    }
    return s.source().slice(open.end(), close.start());
  }

  /**
   * Consumes the body of a dialect symbol for its dialect: a synthetic token for the mnemonic of a
   * pretty name and the balanced {@code <...>} after it, or only what stands inside {@code ns<...>}
   * with its closing {@code >}. The caller pushes these back once it has read what follows the
   * body.
   */
  private List<Token> drainBody(Symbol symbol) {
    List<Token> tokens = new ArrayList<>();
    if (symbol.pretty()) {
      Token t = symbol.token();
      int start = t.start() + 2 + symbol.namespace().length();
      if (start < t.end()) {
        tokens.add(
            new Token(MlirLexer.BARE_ID, start, t.end(), t.line(), t.column() + start - t.start()));
      }
      if (symbol.trailing()) {
        tokens.addAll(scanBody());
      }
      return tokens;
    }
    List<Token> body = scanBody();
    return body.subList(1, body.size());
  }

  private void pushBack(List<Token> body) {
    for (int i = body.size() - 1; i >= 0; i--) {
      s.tokens().pushBack(body.get(i));
    }
  }

  private void expectBodyEnd(Symbol symbol) {
    if (!symbol.pretty()) {
      s.expect(MlirLexer.GREATER);
    }
  }

  /**
   * Consumes a balanced {@code <...>} (with {@code ()}, {@code []} and {@code {}} nested in it) and
   * returns its tokens, first {@code <} and last {@code >} included. Anything else may stand in
   * between, as in MLIR's {@code parseDialectSymbolBody}.
   */
  private List<Token> scanBody() {
    List<Token> tokens = new ArrayList<>();
    Deque<Character> nesting = new ArrayDeque<>();
    Token current = s.tokens().next();
    tokens.add(current);
    nesting.push('<');
    while (!nesting.isEmpty()) {
      Token t = s.tokens().next();
      switch (t.kind()) {
        case MlirLexer.LESS -> nesting.push('<');
        case MlirLexer.LSQUARE -> nesting.push('[');
        case MlirLexer.LPAREN -> nesting.push('(');
        case MlirLexer.LBRACE, MlirLexer.FILE_METADATA_BEGIN -> nesting.push('{');
        case MlirLexer.GREATER -> close(nesting, '<', current);
        case MlirLexer.RSQUARE -> close(nesting, '[', current);
        case MlirLexer.RPAREN -> close(nesting, '(', current);
        case MlirLexer.RBRACE, MlirLexer.FILE_METADATA_END -> close(nesting, '{', current);
        case MlirLexer.STRING -> {
          Lexemes.decodeString(s, t, 0);
          current = t;
        }
        case MlirLexer.UNTERMINATED_STRING -> throw s.errorUnterminatedString(t);
        case TokenCursor.EOF -> throw unbalanced(nesting, current);
        default -> {}
      }
      tokens.add(t);
    }
    return tokens;
  }

  private void close(Deque<Character> nesting, char open, Token current) {
    if (nesting.peek() != open) {
      throw unbalanced(nesting, current);
    }
    nesting.pop();
  }

  private ParseException unbalanced(Deque<Character> nesting, Token current) {
    return s.error(current, "unbalanced '" + nesting.peek() + "' character in pretty dialect name");
  }

  /** The {@link DialectAsmParser} over this parser's state. */
  private final class StateAsmParser implements DialectAsmParser {
    @Override
    public Context context() {
      return s.context();
    }

    @Override
    public Location currentLocation() {
      return s.currentLocation();
    }

    @Override
    public ParseException emitError(Location location, String message) {
      return s.error(location, message);
    }

    @Override
    public void parsePunctuation(String punctuation) {
      if (!parseOptionalPunctuation(punctuation)) {
        throw s.errorExpected("'" + punctuation + "'");
      }
    }

    @Override
    public boolean parseOptionalPunctuation(String punctuation) {
      Token t = s.tokens().peek();
      if (t.kind() != MlirLexer.BARE_ID
          && t.kind() != MlirLexer.STRING
          && t.kind() != TokenCursor.EOF
          && s.text(t).equals(punctuation)) {
        s.tokens().skip();
        return true;
      }
      return false;
    }

    @Override
    public void parseKeyword(String keyword) {
      if (!s.consumeKeywordIf(keyword)) {
        throw s.errorExpected("'" + keyword + "'");
      }
    }

    @Override
    public boolean parseOptionalKeyword(String keyword) {
      return s.consumeKeywordIf(keyword);
    }

    @Override
    public String parseKeyword() {
      return s.text(s.expectToken(MlirLexer.BARE_ID, "valid keyword"));
    }

    @Override
    public String parseString() {
      if (!s.at(MlirLexer.STRING)) {
        throw s.errorExpected("string");
      }
      return Lexemes.decodeString(s, s.tokens().next(), 0);
    }

    @Override
    public BigInteger parseInteger() {
      return parseOptionalInteger().orElseThrow(() -> s.errorExpected("integer value"));
    }

    @Override
    public Optional<BigInteger> parseOptionalInteger() {
      boolean negative = s.at(MlirLexer.MINUS) && s.tokens().peekKind(1) == MlirLexer.INTEGER;
      if (!negative && !s.at(MlirLexer.INTEGER)) {
        return Optional.empty();
      }
      if (negative) {
        s.tokens().skip();
      }
      BigInteger value = Lexemes.integerValue(s.text(s.tokens().next()));
      return Optional.of(negative ? value.negate() : value);
    }

    @Override
    public Type parseType() {
      return p.types.parseType();
    }

    @Override
    public Attribute parseAttribute() {
      return p.attributes.parseAttribute(null);
    }
  }
}
