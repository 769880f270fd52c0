package dev.aic.text.parse;

import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import dev.aic.text.DialectAsmParser;
import dev.aic.text.ParseException;
import java.util.Optional;

/**
 * Parses every builtin type, attribute, location and affine construct of MLIR 22 from a {@link
 * ParserState}, with MLIR's error messages; dialect types and attributes go to their dialect's
 * {@link dev.aic.text.DialectSyntax}, or become opaque when the dialect is unknown and the context
 * allows that.
 *
 * <p>Each {@code parseX} reports an error and throws {@link ParseException} when {@code X} is not
 * there; each {@code parseOptionalX} consumes nothing and returns empty when {@code X} cannot start
 * at the next token. No other exception escapes, whatever the input, and nesting deeper than {@link
 * ParserState#MAX_NESTING} levels is an error, not a stack overflow.
 *
 * <p>The work is split by construct: {@code TypeParser}, {@code AttributeParser}, {@code
 * DenseElementsParser}, {@code AffineParser}, {@code LocationParser} and {@code
 * DialectSymbolParser}, each mirroring the MLIR source file of the same concern.
 */
public final class AttrTypeParser {
  private final ParserState state;
  final TypeParser types;
  final AttributeParser attributes;
  final DenseElementsParser dense;
  final AffineParser affine;
  final LocationParser locations;
  final DialectSymbolParser dialects;

  /** A parser reading from {@code state}, whose alias tables it consults. */
  public AttrTypeParser(ParserState state) {
    this.state = state;
    this.types = new TypeParser(state, this);
    this.attributes = new AttributeParser(state, this);
    this.dense = new DenseElementsParser(state, this);
    this.affine = new AffineParser(state);
    this.locations = new LocationParser(state, this);
    this.dialects = new DialectSymbolParser(state, this);
  }

  /** The state read from. */
  public ParserState state() {
    return state;
  }

  /** Parses a type, function types included, or reports {@code expected non-function type}. */
  public Type parseType() {
    try {
      return types.parseType();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses a type if one can start at the next token; consumes nothing otherwise. */
  public Optional<Type> parseOptionalType() {
    try {
      return types.parseOptionalType();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /**
   * Parses an attribute. With an {@code expectedType} (nullable) a literal takes that type instead
   * of reading a trailing {@code : type}, as MLIR's {@code parseAttribute(Type)} does.
   */
  public Attribute parseAttribute(Type expectedType) {
    try {
      return attributes.parseAttribute(expectedType);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses an attribute if one can start at the next token; consumes nothing otherwise. */
  public Optional<Attribute> parseOptionalAttribute(Type expectedType) {
    try {
      return attributes.parseOptionalAttribute(expectedType);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses {@code {name = value, unit-name, "quoted name" = value}}. */
  public DictionaryAttr parseAttributeDictionary() {
    try {
      return attributes.parseAttributeDictionary();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses what stands inside {@code loc(...)}: a location instance or a location alias. */
  public Location parseLocationBody() {
    try {
      return locations.parseLocationInstance();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses {@code loc(...)} if it comes next. */
  public Optional<Location> parseOptionalLocationSpecifier() {
    try {
      return locations.parseOptionalLocationSpecifier();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses the inside of {@code affine_map<...>}: {@code (d0)[s0] -> (d0 + s0)}. */
  public AffineMap parseAffineMapBody() {
    try {
      return affine.parseAffineMapBody();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /** Parses the inside of {@code affine_set<...>}: {@code (d0)[s0] : (d0 - s0 >= 0)}. */
  public IntegerSet parseIntegerSetBody() {
    try {
      return affine.parseIntegerSetBody();
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      throw rejected(e);
    }
  }

  /**
   * The parser a dialect's {@link dev.aic.text.DialectSyntax} reads its types and attributes with.
   */
  public DialectAsmParser dialectAsmParser() {
    return dialects.asmParser();
  }

  /**
   * What each entry point reports when an IR constructor rejects what it parsed. The parsers check
   * what the constructors would reject and report it in MLIR's words; anything a constructor still
   * rejects is reported here at the next token, so that only {@link ParseException} leaves the
   * parser. (A try in each entry point rather than one taking a lambda: these run on every start,
   * where the first lambda costs JDK 17 about 10 ms, docs/perf.md.)
   */
  private ParseException rejected(RuntimeException e) {
    return state.error(state.currentLocation(), String.valueOf(e.getMessage()));
  }
}
