package dev.aic.text.parse;

import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.attr.AffineMapAttr;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.FloatAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.IntegerSetAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StridedLayoutAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.type.FloatType;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.collections.api.list.primitive.MutableLongList;
import org.eclipse.collections.impl.factory.primitive.LongLists;

/** The builtin attributes, as MLIR's {@code AttributeParser.cpp} reads them. */
final class AttributeParser {
  /** Dictionaries with up to this many keys are checked for duplicates without a hash set. */
  private static final int SCANNED_KEYS = 8;

  /** The keywords that start an attribute. */
  private static final Set<String> ATTRIBUTE_KEYWORDS =
      Set.of(
          "affine_map",
          "affine_set",
          "array",
          "dense",
          "dense_resource",
          "distinct",
          "false",
          "loc",
          "sparse",
          "strided",
          "true",
          "unit");

  private final ParserState s;
  private final AttrTypeParser p;
  private final SpellingCache<String> keyNames = new SpellingCache<>();

  AttributeParser(ParserState state, AttrTypeParser parser) {
    this.s = state;
    this.p = parser;
  }

  Optional<Attribute> parseOptionalAttribute(Type type) {
    Token t = s.tokens().peek();
    boolean starts =
        switch (t.kind()) {
          case MlirLexer.AT_ID,
              MlirLexer.FLOAT,
              MlirLexer.INTEGER,
              MlirLexer.HASH_ID,
              MlirLexer.LBRACE,
              MlirLexer.LSQUARE,
              MlirLexer.MINUS,
              MlirLexer.STRING,
              MlirLexer.UNTERMINATED_STRING ->
              true;
          case MlirLexer.BARE_ID -> ATTRIBUTE_KEYWORDS.contains(s.text(t)) || p.types.atType();
          default -> p.types.atType();
        };
    return starts ? Optional.of(parseAttribute(type)) : Optional.empty();
  }

  Attribute parseAttribute(Type type) {
    switch (s.tokens().peekKind()) {
      case MlirLexer.LSQUARE:
        return parseArray();
      case MlirLexer.LBRACE:
        return parseAttributeDictionary();
      case MlirLexer.HASH_ID:
        return p.dialects.parseExtendedAttr(type);
      case MlirLexer.FLOAT:
        return parseFloatAttr(type, false);
      case MlirLexer.INTEGER:
        return parseDecOrHexAttr(type, false);
      case MlirLexer.MINUS:
        s.tokens().skip();
        if (s.at(MlirLexer.INTEGER)) {
          return parseDecOrHexAttr(type, true);
        }
        if (s.at(MlirLexer.FLOAT)) {
          return parseFloatAttr(type, true);
        }
        throw s.errorExpected("constant integer or floating point value");
      case MlirLexer.STRING:
        return parseStringAttr(type);
      case MlirLexer.AT_ID:
        return parseSymbolRef();
      case MlirLexer.BARE_ID:
        Attribute keyword = parseKeywordAttribute(s.text(s.tokens().peek()), type);
        if (keyword != null) {
          return keyword;
        }
        break;
      default:
        break;
    }
    if (!p.types.atType()) {
      throw s.errorExpected("attribute value");
    }
    return TypeAttr.get(s.context(), p.types.parseType());
  }

  /** An attribute that starts with a keyword, or {@code null} if {@code word} starts none. */
  private Attribute parseKeywordAttribute(String word, Type type) {
    switch (word) {
      case "affine_map":
        {
          s.tokens().skip();
          s.expect(MlirLexer.LESS, "'<' in affine map");
          AffineMap map = p.affine.parseAffineMapBody();
          s.expect(MlirLexer.GREATER, "'>' in affine map");
          return AffineMapAttr.get(s.context(), map);
        }
      case "affine_set":
        {
          s.tokens().skip();
          s.expect(MlirLexer.LESS, "'<' in integer set");
          IntegerSet set = p.affine.parseIntegerSetBody();
          s.expect(MlirLexer.GREATER, "'>' in integer set");
          return IntegerSetAttr.get(s.context(), set);
        }
      case "true", "false":
        s.tokens().skip();
        return BoolAttr.get(s.context(), word.equals("true"));
      case "unit":
        s.tokens().skip();
        return UnitAttr.INSTANCE;
      case "dense":
        return p.dense.parseDenseElementsAttr(type);
      case "dense_resource":
        return p.dense.parseDenseResourceElementsAttr(type);
      case "array":
        return p.dense.parseDenseArrayAttr();
      case "strided":
        return parseStridedLayoutAttr();
      case "loc":
        {
          s.tokens().skip();
          s.expect(MlirLexer.LPAREN, "'(' in inline location");
          Attribute location = p.locations.parseLocationInstance();
          s.expect(MlirLexer.RPAREN, "')' in inline location");
          return location;
        }
      case "sparse", "distinct":
        throw s.error(
            s.currentLocation(), "'" + word + "' attributes are not supported by this parser");
      default:
        return null;
    }
  }

  private Attribute parseArray() {
    s.enterNesting();
    try {
      s.tokens().skip();
      List<Attribute> elements = new ArrayList<>();
      if (s.at(MlirLexer.RSQUARE)) {
        s.tokens().skip();
        return ArrayAttr.get(s.context(), elements);
      }
      do {
        elements.add(parseAttribute(null));
      } while (s.consumeIf(MlirLexer.COMMA));
      s.expect(MlirLexer.RSQUARE, "',' or ']'");
      return ArrayAttr.get(s.context(), elements);
    } finally {
      s.exitNesting();
    }
  }

  DictionaryAttr parseAttributeDictionary() {
    s.enterNesting();
    try {
      s.expect(MlirLexer.LBRACE, "'{' in attribute dictionary");
      List<NamedAttribute> entries = new ArrayList<>();
      if (s.consumeIf(MlirLexer.RBRACE)) {
        return DictionaryAttr.EMPTY;
      }
      // Dictionaries are small: keys are checked by a scan, and by a hash set only past a few.
      Set<String> seen = null;
      do {
        Token key = s.tokens().peek();
        String name;
        if (key.kind() == MlirLexer.STRING) {
          name = Lexemes.decodeString(s, key, 0);
        } else if (key.kind() == MlirLexer.BARE_ID) {
          name = keyName(key);
        } else {
          throw s.errorExpected("attribute name");
        }
        if (name.isEmpty()) {
          throw s.error(key, "expected valid attribute name");
        }
        if (seen == null && entries.size() == SCANNED_KEYS) {
          seen = new HashSet<>();
          for (NamedAttribute entry : entries) {
            seen.add(entry.name());
          }
        }
        if (seen == null ? hasKey(entries, name) : !seen.add(name)) {
          throw s.error(key, "duplicate key '" + name + "' in dictionary attribute");
        }
        s.tokens().skip();
        Attribute value = s.consumeIf(MlirLexer.EQUAL) ? parseAttribute(null) : UnitAttr.INSTANCE;
        entries.add(new NamedAttribute(name, value));
      } while (s.consumeIf(MlirLexer.COMMA));
      s.expect(MlirLexer.RBRACE, "'}' in attribute dictionary");
      // Interned: the same dictionary on a million ops is one object.
      return s.context().intern(DictionaryAttr.of(entries));
    } finally {
      s.exitNesting();
    }
  }

  /** The bare-identifier key {@code key}, one string per spelling however often it is written. */
  private String keyName(Token key) {
    String text = s.source().text();
    String name = keyNames.get(text, key.start(), key.end());
    if (name == null) {
      name = s.text(key);
      keyNames.put(text, key.start(), key.end(), name);
    }
    return name;
  }

  private static boolean hasKey(List<NamedAttribute> entries, String name) {
    for (NamedAttribute entry : entries) {
      if (entry.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** {@code : type} after a literal, if no type was given and one is written. */
  private Type literalType(Type type, Type fallback) {
    if (type != null) {
      return type;
    }
    return s.consumeIf(MlirLexer.COLON) ? p.types.parseType() : fallback;
  }

  private Attribute parseFloatAttr(Type type, boolean negative) {
    Token literal = s.tokens().next();
    Type resolved = literalType(type, FloatType.f64(s.context()));
    if (!(resolved instanceof FloatType f)) {
      throw s.error(s.currentLocation(), "floating point value not valid for specified type");
    }
    return FloatAttr.fromText(s.context(), f, (negative ? "-" : "") + s.text(literal));
  }

  private Attribute parseDecOrHexAttr(Type type, boolean negative) {
    Token literal = s.tokens().next();
    Type resolved = literalType(type, IntegerType.get(s.context(), 64));
    if (resolved instanceof FloatType f) {
      return FloatAttr.fromBits(s.context(), f, floatBitsFromInteger(literal, negative, f));
    }
    if (!(resolved instanceof IntegerType || resolved instanceof IndexType)) {
      throw s.error(literal, "integer literal not valid for specified type");
    }
    if (negative && resolved instanceof IntegerType it && it.isUnsigned()) {
      throw s.error(literal, "negative integer literal not valid for unsigned integer type");
    }
    BigInteger value = integerValue(resolved, negative, s.text(literal));
    if (value == null) {
      throw s.error(literal, "integer constant out of range for attribute");
    }
    return IntegerAttr.get(s.context(), resolved, value);
  }

  /**
   * The bit pattern of a float written as a hex integer ({@code 0x7FC00000 : f32}), as MLIR's
   * {@code parseFloatFromIntegerLiteral} reads it; a decimal integer is an error.
   */
  BigInteger floatBitsFromInteger(Token literal, boolean negative, FloatType type) {
    String text = s.text(literal);
    if (!Lexemes.isHex(text)) {
      throw s.error(literal, "unexpected decimal integer literal for a floating point value");
    }
    if (negative) {
      throw s.error(literal, "hexadecimal float literal should not have a leading minus");
    }
    BigInteger bits = Lexemes.integerValue(text);
    if (bits.bitLength() > type.width()) {
      throw s.error(literal, "hexadecimal float constant out of range for type");
    }
    return bits;
  }

  /**
   * The value of an integer literal for {@code type} (an integer or index type), or {@code null}
   * when it does not fit, as MLIR's {@code buildAttributeAPInt} decides: the magnitude must fit the
   * width, a negative value must have its sign bit set once negated (so {@code -0} does not fit),
   * and a positive signed or index value must leave the sign bit clear.
   */
  static BigInteger integerValue(Type type, boolean negative, String spelling) {
    int width = type instanceof IntegerType it ? it.width() : IndexType.STORAGE_WIDTH;
    // Converting decimal digits costs quadratic time: rule out the ones too long to fit first.
    if (Lexemes.significantDigits(spelling) > (long) width * 30103 / 100000 + 2) {
      return null;
    }
    BigInteger magnitude = Lexemes.integerValue(spelling);
    if (magnitude.bitLength() > width) {
      return null;
    }
    if (width == 0) {
      return negative ? null : magnitude;
    }
    if (magnitude.bitLength() < width) {
      // Below half the range, so it fits every reading of the width, either sign (what follows
      // would decide the same after making a number of the width's size).
      return !negative ? magnitude : magnitude.signum() == 0 ? null : magnitude.negate();
    }
    BigInteger half = BigInteger.ONE.shiftLeft(width - 1);
    if (negative) {
      return magnitude.signum() == 0 || magnitude.compareTo(half) > 0 ? null : magnitude.negate();
    }
    boolean signed = type instanceof IndexType || ((IntegerType) type).isSigned();
    return signed && magnitude.compareTo(half) >= 0 ? null : magnitude;
  }

  private Attribute parseStringAttr(Type type) {
    Token literal = s.tokens().next();
    String value = Lexemes.decodeString(s, literal, 0);
    Type resolved = type;
    if (resolved == null && s.consumeIf(MlirLexer.COLON)) {
      resolved = p.types.parseType();
    }
    return s.context().intern(new StringAttr(value, resolved));
  }

  /** A symbol name, {@code @name} or {@code @"any name"}. */
  String symbolName(Token token) {
    String text = s.text(token);
    return text.length() > 1 && text.charAt(1) == '"'
        ? Lexemes.decodeString(s, token, 1)
        : text.substring(1);
  }

  private Attribute parseSymbolRef() {
    String root = symbolName(s.tokens().next());
    List<String> nested = new ArrayList<>();
    while (s.consumeIf(MlirLexer.COLON_COLON)) {
      Token t = s.tokens().peek();
      if (t.kind() != MlirLexer.AT_ID) {
        throw s.error(t, "expected nested symbol reference identifier");
      }
      nested.add(symbolName(s.tokens().next()));
    }
    return s.context().intern(new SymbolRefAttr(root, nested));
  }

  private Attribute parseStridedLayoutAttr() {
    s.tokens().skip();
    s.expect(MlirLexer.LESS, "'<' after 'strided'");
    s.expect(MlirLexer.LSQUARE);
    MutableLongList strides = LongLists.mutable.empty();
    if (!s.at(MlirLexer.RSQUARE)) {
      do {
        strides.add(parseStrideOrOffset());
      } while (s.consumeIf(MlirLexer.COMMA));
    }
    s.expect(MlirLexer.RSQUARE);
    long offset = 0;
    if (!s.consumeIf(MlirLexer.GREATER)) {
      s.expect(MlirLexer.COMMA);
      if (!s.consumeKeywordIf("offset")) {
        throw s.errorExpected("'offset' after comma");
      }
      s.expect(MlirLexer.COLON, "':' after 'offset'");
      offset = parseStrideOrOffset();
      s.expect(MlirLexer.GREATER);
    }
    return StridedLayoutAttr.get(s.context(), strides.toImmutable(), offset);
  }

  private long parseStrideOrOffset() {
    if (s.consumeIf(MlirLexer.QUESTION)) {
      return ShapedType.DYNAMIC;
    }
    Token start = s.tokens().peek();
    boolean negative = s.consumeIf(MlirLexer.MINUS);
    Token t = s.tokens().peek();
    if (t.kind() == MlirLexer.INTEGER) {
      BigInteger value = Lexemes.integerValue(s.text(t));
      if (value.bitLength() <= 63) {
        s.tokens().skip();
        return negative ? -value.longValue() : value.longValue();
      }
    }
    throw s.error(start, "expected a 64-bit signed integer or '?'");
  }
}
