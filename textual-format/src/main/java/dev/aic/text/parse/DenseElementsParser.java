package dev.aic.text.parse;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseArrayAttr;
import dev.aic.ir.attr.DenseIntOrFPElementsAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.DenseStringElementsAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.type.ComplexType;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/**
 * {@code dense<...>}, {@code dense_resource<...>} and {@code array<...>}, as MLIR's {@code
 * TensorLiteralParser} and {@code DenseArrayElementParser} read them: the literal is read into
 * tokens first and converted once the type is known.
 */
final class DenseElementsParser {
  private final ParserState s;
  private final AttrTypeParser p;

  DenseElementsParser(ParserState state, AttrTypeParser parser) {
    this.s = state;
    this.p = parser;
  }

  /** One scalar of a literal: its token and whether a {@code -} preceded it. */
  private record Element(Token token, boolean negative) {}

  /** What {@code dense<...>} held: a hex string, or elements with the shape of their nesting. */
  private static final class Literal {
    Token hex;
    final List<Element> storage = new ArrayList<>();
    final MutableLongList shape = LongLists.mutable.empty();
  }

  Attribute parseDenseElementsAttr(Type attrType) {
    Token keyword = s.tokens().next();
    s.expect(MlirLexer.LESS, "'<' after 'dense'");
    Literal literal = new Literal();
    if (!s.consumeIf(MlirLexer.GREATER)) {
      if (s.at(MlirLexer.STRING)) {
        literal.hex = s.tokens().next();
      } else if (s.at(MlirLexer.LSQUARE)) {
        parseList(literal, literal.shape);
      } else {
        parseElement(literal);
      }
      s.expect(MlirLexer.GREATER);
    }
    ShapedType type = parseElementsLiteralType(keyword, attrType);
    return build(keyword, type, literal);
  }

  private ShapedType parseElementsLiteralType(Token keyword, Type type) {
    if (type == null) {
      s.expect(MlirLexer.COLON);
      type = p.types.parseType();
    }
    // MLIR reports a bad type at the 'dense' keyword.
    if (!(type instanceof ShapedType shaped)) {
      throw s.error(keyword, "elements literal must be a shaped type");
    }
    if (!shaped.hasStaticShape()) {
      throw s.error(keyword, "elements literal type must have static shape");
    }
    return shaped;
  }

  private void parseElement(Literal literal) {
    Token t = s.tokens().peek();
    switch (t.kind()) {
      case MlirLexer.FLOAT, MlirLexer.INTEGER, MlirLexer.STRING ->
          literal.storage.add(new Element(s.tokens().next(), false));
      case MlirLexer.BARE_ID -> {
        String word = s.text(t);
        if (!word.equals("true") && !word.equals("false")) {
          throw s.error(t, "expected element literal of primitive type");
        }
        literal.storage.add(new Element(s.tokens().next(), false));
      }
      case MlirLexer.MINUS -> {
        s.tokens().skip();
        if (!s.at(MlirLexer.FLOAT) && !s.at(MlirLexer.INTEGER)) {
          throw s.error(s.currentLocation(), "expected integer or floating point literal");
        }
        literal.storage.add(new Element(s.tokens().next(), true));
      }
      case MlirLexer.LPAREN -> {
        s.tokens().skip();
        parseElement(literal);
        s.expect(MlirLexer.COMMA, "',' between complex elements");
        parseElement(literal);
        s.expect(MlirLexer.RPAREN, "')' after complex elements");
      }
      case MlirLexer.UNTERMINATED_STRING -> throw s.errorUnterminatedString(t);
      default -> throw s.error(t, "expected element literal of primitive type");
    }
  }

  /** A bracketed list; {@code dims} receives its shape (its length, then its elements' shape). */
  private void parseList(Literal literal, MutableLongList dims) {
    s.enterNesting();
    try {
      s.expect(MlirLexer.LSQUARE);
      long size = 0;
      MutableLongList first = null;
      if (!s.consumeIf(MlirLexer.RSQUARE)) {
        do {
          MutableLongList these = LongLists.mutable.empty();
          if (s.at(MlirLexer.LSQUARE)) {
            parseList(literal, these);
          } else {
            parseElement(literal);
          }
          size++;
          if (first == null) {
            first = these;
          } else if (!first.equals(these)) {
            throw s.error(
                s.currentLocation(),
                "tensor literal is invalid; ranks are not consistent between elements");
          }
        } while (s.consumeIf(MlirLexer.COMMA));
        s.expect(MlirLexer.RSQUARE);
      }
      dims.clear();
      dims.add(size);
      if (first != null) {
        dims.addAll(first);
      }
    } finally {
      s.exitNesting();
    }
  }

  private Attribute build(Token at, ShapedType type, Literal literal) {
    Type elementType = type.elementType();
    boolean complex = elementType instanceof ComplexType;
    Type scalar = complex ? ((ComplexType) elementType).elementType() : elementType;
    boolean numeric =
        scalar instanceof IntegerType || scalar instanceof IndexType || scalar instanceof FloatType;
    if (literal.hex != null && numeric) {
      return buildFromHex(at, type, literal.hex);
    }
    if (!literal.shape.isEmpty() && !literal.shape.equals(type.shape())) {
      throw s.error(
          at,
          "inferred shape of elements literal (["
              + literal.shape.makeString(", ")
              + "]) does not match type (["
              + type.shape().makeString(", ")
              + "])");
    }
    long n = type.numElements();
    if (literal.hex == null && literal.storage.isEmpty() && n > 0) {
      throw s.error(at, "parsed zero elements, but type ('" + type + "') expected at least 1");
    }
    if (!numeric) {
      return buildStrings(at, type, literal);
    }
    int parts = complex ? 2 : 1;
    long expected = literal.shape.isEmpty() ? parts : n * parts;
    if (literal.storage.size() != expected && !(n == 0 && literal.storage.isEmpty())) {
      throw s.error(
          at,
          "parsed "
              + literal.storage.size()
              + " elements, but type ('"
              + type
              + "') expected "
              + n * parts
              + " elements");
    }
    List<BigInteger> values = new ArrayList<>(literal.storage.size());
    for (Element e : literal.storage) {
      values.add(scalar instanceof FloatType f ? floatBits(e, f) : intValue(e, scalar));
    }
    return DenseIntOrFPElementsAttr.get(s.context(), type, values);
  }

  private BigInteger intValue(Element e, Type scalar) {
    Token t = e.token();
    if (e.negative() && scalar instanceof IntegerType it && it.isUnsigned()) {
      throw s.error(t, "expected unsigned integer elements, but parsed negative value");
    }
    if (t.kind() == MlirLexer.FLOAT) {
      throw s.error(t, "expected integer elements, but parsed floating-point");
    }
    if (t.kind() == MlirLexer.BARE_ID) {
      if (!(scalar instanceof IntegerType it && it.width() == 1)) {
        throw s.error(t, "expected i1 type for 'true' or 'false' values");
      }
      if (!s.text(t).equals("true")) {
        return BigInteger.ZERO;
      }
      // The set bit of an si1 reads as -1, as MLIR prints it.
      return ((IntegerType) scalar).isSigned() ? BigInteger.ONE.negate() : BigInteger.ONE;
    }
    BigInteger value =
        t.kind() == MlirLexer.INTEGER
            ? AttributeParser.integerValue(scalar, e.negative(), s.text(t))
            : null;
    if (value == null) {
      throw s.error(t, "integer constant out of range for type");
    }
    return value;
  }

  /** A float element's bits, as MLIR's {@code parseFloatFromLiteral} converts it. */
  private BigInteger floatBits(Element e, FloatType type) {
    Token t = e.token();
    if (t.kind() == MlirLexer.FLOAT) {
      return FloatAttr.parseBits(type.kind(), (e.negative() ? "-" : "") + s.text(t));
    }
    if (t.kind() == MlirLexer.INTEGER) {
      return p.attributes.floatBitsFromInteger(t, e.negative(), type);
    }
    throw s.error(t, "expected floating point literal");
  }

  private Attribute buildStrings(Token at, ShapedType type, Literal literal) {
    List<String> values = new ArrayList<>();
    if (literal.hex != null) {
      values.add(Lexemes.decodeString(s, literal.hex, 0));
    } else {
      for (Element e : literal.storage) {
        if (e.token().kind() != MlirLexer.STRING) {
          throw s.error(at, "expected string token, got " + s.text(e.token()));
        }
        values.add(Lexemes.decodeString(s, e.token(), 0));
      }
    }
    return DenseStringElementsAttr.get(s.context(), type, values);
  }

  private Attribute buildFromHex(Token at, ShapedType type, Token hex) {
    String text = s.text(hex);
    String digits = text.substring(1, text.length() - 1);
    if (!digits.startsWith("0x") || digits.length() % 2 != 0 || !allHex(digits, 2)) {
      throw s.error(hex, "expected string containing hex digits starting with `0x`");
    }
    byte[] raw = new byte[(digits.length() - 2) / 2];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) Integer.parseInt(digits.substring(2 + 2 * i, 4 + 2 * i), 16);
    }
    if (!isValidRawBuffer(type, raw)) {
      throw s.error(at, "elements hex data size is invalid for provided type: '" + type + "'");
    }
    return DenseIntOrFPElementsAttr.fromRawData(s.context(), type, raw);
  }

  private static boolean allHex(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!Lexemes.isHexDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** MLIR's {@code DenseElementsAttr::isValidRawBuffer}: one element (a splat) or all of them. */
  private static boolean isValidRawBuffer(ShapedType type, byte[] raw) {
    Type elementType = type.elementType();
    int parts = elementType instanceof ComplexType ? 2 : 1;
    Type scalar = parts == 2 ? ((ComplexType) elementType).elementType() : elementType;
    int width =
        scalar instanceof FloatType f
            ? f.width()
            : scalar instanceof IntegerType it ? it.width() : IndexType.STORAGE_WIDTH;
    long n = type.numElements();
    if (width == 1 && parts == 1) {
      if (raw.length == 1 && (raw[0] == 0 || raw[0] == (byte) 0xff)) {
        return true;
      }
      return raw.length == (n + 7) / 8;
    }
    long elementBytes = (long) ((width + 7) / 8) * parts;
    return raw.length == elementBytes || raw.length == elementBytes * n;
  }

  Attribute parseDenseResourceElementsAttr(Type attrType) {
    Token keyword = s.tokens().next();
    s.expect(MlirLexer.LESS);
    Token name = s.tokens().peek();
    String handle;
    if (name.kind() == MlirLexer.BARE_ID) {
      handle = s.text(name);
    } else if (name.kind() == MlirLexer.STRING) {
      handle = Lexemes.decodeString(s, name, 0);
    } else {
      throw s.error(name, "expected identifier key for 'resource' entry");
    }
    s.tokens().skip();
    s.expect(MlirLexer.GREATER);
    Token at = keyword;
    Type type = attrType;
    if (type == null) {
      at = s.tokens().peek();
      s.expect(MlirLexer.COLON);
      type = p.types.parseType();
    }
    if (!(type instanceof ShapedType shaped)) {
      throw s.error(at, "`dense_resource` expected a shaped type");
    }
    if (!shaped.hasStaticShape()) {
      throw s.error(at, "elements literal type must have static shape");
    }
    return DenseResourceElementsAttr.get(s.context(), shaped, handle);
  }

  Attribute parseDenseArrayAttr() {
    s.tokens().skip();
    s.expect(MlirLexer.LESS, "'<' after 'array'");
    Token typeToken = s.tokens().peek();
    Type type = p.types.parseType();
    int width;
    if (type instanceof IntegerType it) {
      width = it.width();
    } else if (type instanceof FloatType f) {
      width = f.width();
    } else {
      throw s.error(typeToken, "expected integer or float type, got: " + type);
    }
    if (width != 1 || type instanceof FloatType) {
      if (width % 8 != 0) {
        throw s.error(typeToken, "element type bitwidth must be a multiple of 8");
      }
    }
    if (width > 64) {
      throw s.error(typeToken, "element type bitwidth must be at most 64 for a dense array");
    }
    MutableLongList values = LongLists.mutable.empty();
    if (!s.consumeIf(MlirLexer.GREATER)) {
      s.expect(MlirLexer.COLON, "':' after dense array type");
      do {
        values.add(
            type instanceof IntegerType it ? parseIntegerElement(it) : parseFloatElement(type));
      } while (s.consumeIf(MlirLexer.COMMA));
      s.expect(MlirLexer.GREATER, "'>' to close an array attribute");
    }
    return DenseArrayAttr.get(s.context(), type, values.toArray());
  }

  private long parseIntegerElement(IntegerType type) {
    boolean negative = s.consumeIf(MlirLexer.MINUS);
    Token t = s.tokens().peek();
    if (t.kind() == MlirLexer.BARE_ID && (s.text(t).equals("true") || s.text(t).equals("false"))) {
      if (type.width() != 1) {
        throw s.error(t, "expected i1 type for 'true' or 'false' values");
      }
      s.tokens().skip();
      return s.text(t).equals("true") ? 1 : 0;
    }
    if (t.kind() != MlirLexer.INTEGER) {
      throw s.error(t, "expected integer literal");
    }
    s.tokens().skip();
    BigInteger value = AttributeParser.integerValue(type, negative, s.text(t));
    if (value == null) {
      throw s.error(s.currentLocation(), "integer constant out of range");
    }
    return value.longValue();
  }

  private long parseFloatElement(Type type) {
    boolean negative = s.consumeIf(MlirLexer.MINUS);
    Token t = s.tokens().peek();
    BigInteger bits = floatBits(new Element(t, negative), (FloatType) type);
    s.tokens().skip();
    return bits.longValue();
  }
}
