package dev.aic.text;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import java.util.Optional;

/**
 * What a dialect parses its types and attributes with: the token-level subset of {@link
 * OpAsmParser}, with the same paired {@code parseOptionalX}/{@code parseX} calls.
 */
public interface DialectAsmParser {
  /** The context. */
  Context context();

  /** The location of the next token. */
  Location currentLocation();

  /** Reports an error at {@code location} and unwinds. */
  ParseException emitError(Location location, String message);

  /** Consumes {@code punctuation} or fails. */
  void parsePunctuation(String punctuation);

  /** Consumes {@code punctuation} if it comes next. */
  boolean parseOptionalPunctuation(String punctuation);

  /** Consumes the keyword {@code keyword} or fails. */
  void parseKeyword(String keyword);

  /** Consumes the keyword {@code keyword} if it comes next. */
  boolean parseOptionalKeyword(String keyword);

  /** Consumes any keyword and returns it, or fails. */
  String parseKeyword();

  /** Consumes a string literal and returns its value, or fails. */
  String parseString();

  /** Consumes an integer literal, with an optional leading {@code -}, or fails. */
  BigInteger parseInteger();

  /** Consumes an integer literal if one comes next. */
  Optional<BigInteger> parseOptionalInteger();

  /** Parses a type or fails. */
  Type parseType();

  /** Parses an attribute or fails. */
  Attribute parseAttribute();
}
