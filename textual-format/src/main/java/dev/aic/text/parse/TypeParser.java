package dev.aic.text.parse;

import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.MemRefLayoutAttr;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatKind;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.IntegerType.Signedness;
import dev.aic.ir.type.MemRefElementType;
import dev.aic.ir.type.MemRefType;
import dev.aic.ir.type.NoneType;
import dev.aic.ir.type.RankedTensorType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.TupleType;
import dev.aic.ir.type.Type;
import dev.aic.ir.type.UnrankedMemRefType;
import dev.aic.ir.type.UnrankedTensorType;
import dev.aic.ir.type.VectorElementType;
import dev.aic.ir.type.VectorType;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.collections.api.list.primitive.MutableBooleanList;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.factory.primitive.BooleanLists;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/** The builtin types, as MLIR's {@code TypeParser.cpp} reads them. */
final class TypeParser {
  private final ParserState s;
  private final AttrTypeParser p;
  private final SpellingCache<Type> keywordTypes = new SpellingCache<>();

  TypeParser(ParserState state, AttrTypeParser parser) {
    this.s = state;
    this.p = parser;
  }

  /** Whether a type can start at the next token. */
  boolean atType() {
    Token t = s.tokens().peek();
    if (t.kind() == MlirLexer.LPAREN || t.kind() == MlirLexer.EXCLAMATION_ID) {
      return true;
    }
    return t.kind() == MlirLexer.BARE_ID && isTypeKeyword(s.text(t));
  }

  private static boolean isTypeKeyword(String text) {
    return switch (text) {
      case "memref", "tensor", "complex", "tuple", "vector", "index", "none" -> true;
      default -> Lexemes.isIntegerType(text) || FloatKind.fromKeyword(text).isPresent();
    };
  }

  Optional<Type> parseOptionalType() {
    return atType() ? Optional.of(parseType()) : Optional.empty();
  }

  Type parseType() {
    if (s.at(MlirLexer.LPAREN)) {
      return parseFunctionType();
    }
    return parseNonFunctionType();
  }

  private Type parseFunctionType() {
    s.enterNesting();
    try {
      List<Type> inputs = parseTypeListParens();
      s.expect(MlirLexer.ARROW, "'->' in function type");
      List<Type> results;
      if (s.at(MlirLexer.LPAREN)) {
        results = parseTypeListParens();
      } else {
        results = List.of(parseNonFunctionType());
      }
      return FunctionType.get(s.context(), inputs, results);
    } finally {
      s.exitNesting();
    }
  }

  private List<Type> parseTypeListParens() {
    s.expect(MlirLexer.LPAREN);
    List<Type> types = new ArrayList<>();
    if (s.consumeIf(MlirLexer.RPAREN)) {
      return types;
    }
    parseTypeListNoParens(types);
    s.expect(MlirLexer.RPAREN);
    return types;
  }

  private void parseTypeListNoParens(List<Type> into) {
    do {
      into.add(parseType());
    } while (s.consumeIf(MlirLexer.COMMA));
  }

  /** Every type but a function type. */
  Type parseNonFunctionType() {
    TokenCursor tokens = s.tokens();
    int kind = tokens.peekKind();
    if (kind == MlirLexer.EXCLAMATION_ID) {
      return p.dialects.parseExtendedType();
    }
    if (kind != MlirLexer.BARE_ID) {
      throw s.errorExpected("non-function type");
    }
    // Most types are keywords seen before: found without a Token object.
    Type known = keywordTypes.get(s.source().text(), tokens.peekStart(0), tokens.peekEnd(0));
    if (known != null) {
      tokens.skip();
      return known;
    }
    Token t = tokens.peek();
    String text = s.text(t);
    switch (text) {
      case "memref":
        return nested(this::parseMemRefType);
      case "tensor":
        return nested(this::parseTensorType);
      case "complex":
        return nested(this::parseComplexType);
      case "tuple":
        return nested(this::parseTupleType);
      case "vector":
        return nested(this::parseVectorType);
      default:
        break;
    }
    Type keyword = parseKeywordType(t, text);
    keywordTypes.put(s.source().text(), t.start(), t.end(), keyword);
    return keyword;
  }

  /** A type that is one keyword token, {@code t}, such as {@code i32} or {@code f16}. */
  private Type parseKeywordType(Token t, String text) {
    switch (text) {
      case "index":
        s.tokens().skip();
        return IndexType.get(s.context());
      case "none":
        s.tokens().skip();
        return NoneType.get(s.context());
      default:
        break;
    }
    Optional<FloatKind> kind = FloatKind.fromKeyword(text);
    if (kind.isPresent()) {
      s.tokens().skip();
      return FloatType.get(s.context(), kind.get());
    }
    if (Lexemes.isIntegerType(text)) {
      return parseIntegerType(t, text);
    }
    throw s.errorExpected("non-function type");
  }

  private Type nested(java.util.function.Supplier<Type> body) {
    s.enterNesting();
    try {
      return body.get();
    } finally {
      s.exitNesting();
    }
  }

  private Type parseIntegerType(Token t, String text) {
    Signedness signedness =
        text.charAt(0) == 's'
            ? Signedness.SIGNED
            : text.charAt(0) == 'u' ? Signedness.UNSIGNED : Signedness.SIGNLESS;
    int first = signedness == Signedness.SIGNLESS ? 1 : 2;
    while (first < text.length() - 1 && text.charAt(first) == '0') {
      first++;
    }
    long width = 0;
    for (int i = first; i < text.length() && width <= Integer.MAX_VALUE; i++) {
      width = width * 10 + (text.charAt(i) - '0');
    }
    if (width > Integer.MAX_VALUE) {
      throw s.error(t, "invalid integer width");
    }
    if (width > IntegerType.MAX_WIDTH) {
      throw s.error(t, "integer bitwidth is limited to " + IntegerType.MAX_WIDTH + " bits");
    }
    s.tokens().skip();
    return IntegerType.get(s.context(), (int) width, signedness);
  }

  private Type parseComplexType() {
    s.tokens().skip();
    s.expect(MlirLexer.LESS, "'<' in complex type");
    Token elementToken = s.tokens().peek();
    Type element = parseType();
    s.expect(MlirLexer.GREATER, "'>' in complex type");
    if (!(element instanceof FloatType || element instanceof IntegerType)) {
      throw s.error(elementToken, "invalid element type for complex");
    }
    return ComplexType.get(s.context(), element);
  }

  private Type parseTupleType() {
    s.tokens().skip();
    s.expect(MlirLexer.LESS, "'<' in tuple type");
    List<Type> types = new ArrayList<>();
    if (!s.consumeIf(MlirLexer.GREATER)) {
      parseTypeListNoParens(types);
      s.expect(MlirLexer.GREATER, "'>' in tuple type");
    }
    return TupleType.get(s.context(), types);
  }

  private Type parseTensorType() {
    s.tokens().skip();
    s.expect(MlirLexer.LESS, "'<' in tensor type");
    boolean unranked = s.consumeIf(MlirLexer.STAR);
    MutableLongList shape = LongLists.mutable.empty();
    if (unranked) {
      parseXInDimensionList();
    } else {
      parseDimensionListRanked(shape);
    }
    Token elementToken = s.tokens().peek();
    Type element = parseType();
    Attribute encoding = null;
    if (s.consumeIf(MlirLexer.COMMA)) {
      encoding = p.attributes.parseOptionalAttribute(null).orElse(null);
    }
    s.expect(MlirLexer.GREATER, "'>' in tensor type");
    if (!isValidTensorElement(element)) {
      throw s.error(elementToken, "invalid tensor element type");
    }
    if (unranked) {
      if (encoding != null) {
        throw s.error(s.currentLocation(), "cannot apply encoding to unranked tensor");
      }
      return UnrankedTensorType.get(s.context(), element);
    }
    return RankedTensorType.get(s.context(), shape.toImmutable(), element, encoding);
  }

  private static boolean isValidTensorElement(Type type) {
    return !(type instanceof RankedTensorType
        || type instanceof UnrankedTensorType
        || type instanceof MemRefType
        || type instanceof UnrankedMemRefType
        || type instanceof TupleType
        || type instanceof FunctionType
        || type instanceof NoneType);
  }

  private static boolean isValidMemRefElement(Type type) {
    return type instanceof MemRefElementType
        || type instanceof ComplexType
        || type instanceof VectorType
        || type instanceof MemRefType
        || type instanceof UnrankedMemRefType;
  }

  private Type parseMemRefType() {
    Token keyword = s.tokens().next();
    s.expect(MlirLexer.LESS, "'<' in memref type");
    boolean unranked = s.consumeIf(MlirLexer.STAR);
    MutableLongList shape = LongLists.mutable.empty();
    if (unranked) {
      parseXInDimensionList();
    } else {
      parseDimensionListRanked(shape);
    }
    Token elementToken = s.tokens().peek();
    Type element = parseType();
    if (!isValidMemRefElement(element)) {
      throw s.error(elementToken, "invalid memref element type");
    }
    MemRefLayoutAttr layout = null;
    Attribute memorySpace = null;
    if (!s.consumeIf(MlirLexer.GREATER)) {
      s.expect(MlirLexer.COMMA, "',' or '>' in memref type");
      do {
        Attribute attr = p.attributes.parseAttribute(null);
        if (attr instanceof MemRefLayoutAttr l) {
          layout = l;
          if (unranked) {
            throw s.error(s.currentLocation(), "cannot have affine map for unranked memref type");
          }
          if (memorySpace != null) {
            throw s.error(s.currentLocation(), "expected memory space to be last in memref type");
          }
        } else if (memorySpace != null) {
          throw s.error(s.currentLocation(), "multiple memory spaces specified in memref type");
        } else {
          memorySpace = attr;
        }
      } while (s.consumeIf(MlirLexer.COMMA));
      s.expect(MlirLexer.GREATER, "',' or '>'");
    }
    if (unranked) {
      return UnrankedMemRefType.get(s.context(), element, memorySpace);
    }
    FileLineColLoc at = s.location(keyword);
    if (layout instanceof AffineMapAttr map && map.map().numDims() != shape.size()) {
      throw s.error(
          at,
          "memref layout mismatch between rank and affine map: "
              + shape.size()
              + " != "
              + map.map().numDims());
    }
    if (layout instanceof StridedLayoutAttr strided && strided.strides().size() != shape.size()) {
      throw s.error(at, "expected the number of strides to match the rank");
    }
    try {
      return MemRefType.get(s.context(), shape.toImmutable(), element, layout, memorySpace);
    } catch (IllegalArgumentException e) {
      throw s.error(at, e.getMessage());
    }
  }

  private Type parseVectorType() {
    Token keyword = s.tokens().next();
    s.expect(MlirLexer.LESS, "'<' in vector type");
    MutableLongList shape = LongLists.mutable.empty();
    MutableBooleanList scalable = BooleanLists.mutable.empty();
    while (s.at(MlirLexer.INTEGER) || s.at(MlirLexer.LSQUARE)) {
      boolean isScalable = s.consumeIf(MlirLexer.LSQUARE);
      shape.add(parseIntegerInDimensionList());
      if (isScalable && !s.consumeIf(MlirLexer.RSQUARE)) {
        throw s.errorWrongToken("missing ']' closing scalable dimension");
      }
      scalable.add(isScalable);
      parseXInDimensionList();
    }
    Type element = parseType();
    s.expect(MlirLexer.GREATER, "'>' in vector type");
    for (int i = 0; i < shape.size(); i++) {
      if (shape.get(i) <= 0) {
        throw s.error(
            keyword, "vector types must have positive constant sizes but got " + shape.get(i));
      }
    }
    if (!(element instanceof VectorElementType)) {
      throw s.error(keyword, "failed to verify 'elementType': VectorElementTypeInterface instance");
    }
    return VectorType.get(s.context(), shape.toImmutable(), element, scalable.toImmutable());
  }

  /** {@code 4x?x} before an element type: every dimension followed by {@code x}. */
  void parseDimensionListRanked(MutableLongList into) {
    while (s.at(MlirLexer.INTEGER) || s.at(MlirLexer.QUESTION)) {
      if (s.consumeIf(MlirLexer.QUESTION)) {
        into.add(ShapedType.DYNAMIC);
      } else {
        into.add(parseIntegerInDimensionList());
      }
      parseXInDimensionList();
    }
  }

  /**
   * A static dimension. A hex-looking integer is a {@code 0} followed by the {@code x} of the
   * dimension list ({@code 0xf32} is {@code 0}, {@code x}, {@code f32}), as in MLIR.
   */
  private long parseIntegerInDimensionList() {
    Token t = s.tokens().peek();
    if (t.kind() != MlirLexer.INTEGER) {
      throw s.error(t, "invalid dimension");
    }
    String text = s.text(t);
    if (Lexemes.isHex(text)) {
      s.tokens().skip();
      Lexemes.pushBackRemainder(s, t, t.start() + 1);
      return 0;
    }
    BigInteger value =
        Lexemes.significantDigits(text) > 19 ? BigInteger.ONE.shiftLeft(63) : new BigInteger(text);
    if (value.bitLength() > 63) {
      throw s.error(t, "invalid dimension");
    }
    s.tokens().skip();
    return value.longValue();
  }

  /** The {@code x} after a dimension, which the lexer glues to what follows it. */
  private void parseXInDimensionList() {
    Token t = s.tokens().peek();
    if (t.kind() != MlirLexer.BARE_ID || s.source().text().charAt(t.start()) != 'x') {
      throw s.errorExpected("'x' in dimension list");
    }
    s.tokens().skip();
    Lexemes.pushBackRemainder(s, t, t.start() + 1);
  }
}
