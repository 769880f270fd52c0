package dev.aic.text.parse;

import dev.aic.ir.attr.Attribute;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Locations, as MLIR's {@code LocationParser.cpp} reads them. */
final class LocationParser {
  private static final String RANGE = " in FileLineColRange";

  private final ParserState s;
  private final AttrTypeParser p;

  LocationParser(ParserState state, AttrTypeParser parser) {
    this.s = state;
    this.p = parser;
  }

  Optional<Location> parseOptionalLocationSpecifier() {
    if (!s.consumeKeywordIf("loc")) {
      return Optional.empty();
    }
    s.expect(MlirLexer.LPAREN, "'(' in location");
    Location location = parseLocationInstance();
    s.expect(MlirLexer.RPAREN, "')' in location");
    return Optional.of(location);
  }

  Location parseLocationInstance() {
    s.enterNesting();
    try {
      Token t = s.tokens().peek();
      if (t.kind() == MlirLexer.HASH_ID) {
        Attribute attr = p.dialects.parseExtendedAttr(null);
        if (!(attr instanceof Location location)) {
          throw s.error(s.currentLocation(), "expected location attribute, but got" + attr);
        }
        return location;
      }
      if (t.kind() == MlirLexer.STRING) {
        return parseNameOrFileLineColRange();
      }
      if (t.kind() == MlirLexer.BARE_ID) {
        switch (s.text(t)) {
          case "callsite":
            return parseCallSite();
          case "fused":
            return parseFused();
          case "unknown":
            s.tokens().skip();
            return UnknownLoc.INSTANCE;
          default:
            break;
        }
      }
      throw s.errorExpected("location instance");
    } finally {
      s.exitNesting();
    }
  }

  private Location parseCallSite() {
    s.tokens().skip();
    s.expect(MlirLexer.LPAREN, "'(' in callsite location");
    Location callee = parseLocationInstance();
    if (!s.consumeKeywordIf("at")) {
      throw s.errorExpected("'at' in callsite location");
    }
    Location caller = parseLocationInstance();
    s.expect(MlirLexer.RPAREN, "')' in callsite location");
    return s.context().intern(new CallSiteLoc(callee, caller));
  }

  private Location parseFused() {
    s.tokens().skip();
    Attribute metadata = null;
    if (s.consumeIf(MlirLexer.LESS)) {
      metadata = p.attributes.parseAttribute(null);
      s.expect(MlirLexer.GREATER, "'>' after fused location metadata");
    }
    s.expect(MlirLexer.LSQUARE, "'[' in fused location");
    List<Location> locations = new ArrayList<>();
    if (!s.consumeIf(MlirLexer.RSQUARE)) {
      do {
        locations.add(parseLocationInstance());
      } while (s.consumeIf(MlirLexer.COMMA));
      s.expect(MlirLexer.RSQUARE, "']' in fused location");
    }
    return FusedLoc.get(s.context(), locations, metadata);
  }

  private Location parseNameOrFileLineColRange() {
    String name = Lexemes.decodeString(s, s.tokens().next(), 0);
    if (s.consumeIf(MlirLexer.COLON)) {
      int line = unsignedOrError("integer line number" + RANGE);
      if (!s.consumeIf(MlirLexer.COLON)) {
        return s.context().intern(new FileLineColLoc(name, line, 0));
      }
      int column = unsignedOrError("integer column number" + RANGE);
      if (!s.atKeyword("to")) {
        return s.context().intern(new FileLineColLoc(name, line, column));
      }
      s.tokens().skip();
      int endLine = line;
      if (s.at(MlirLexer.INTEGER)) {
        endLine = unsignedOrError("integer line number" + RANGE);
      }
      if (!s.consumeIf(MlirLexer.COLON)) {
        throw s.errorExpected("either integer or `:` post `to`" + RANGE);
      }
      int endColumn = unsignedOrError("integer column number" + RANGE);
      if (endLine < line || (endLine == line && endColumn < column)) {
        throw s.error(s.currentLocation(), "a FileLineColRange must not end before it starts");
      }
      return s.context().intern(new FileLineColLoc(name, line, column, endLine, endColumn));
    }
    if (s.consumeIf(MlirLexer.LPAREN)) {
      Location child = parseLocationInstance();
      s.expect(MlirLexer.RPAREN, "')' after child location of NameLoc");
      return s.context().intern(new NameLoc(name, child));
    }
    return s.context().intern(new NameLoc(name));
  }

  /** An unsigned 32-bit integer, which aic keeps in an {@code int}. */
  private int unsignedOrError(String what) {
    Token t = s.tokens().peek();
    if (t.kind() != MlirLexer.INTEGER) {
      throw s.errorExpected(what);
    }
    BigInteger value = Lexemes.integerValue(s.text(t));
    if (value.bitLength() > 31) {
      throw s.errorExpected(what);
    }
    s.tokens().skip();
    return value.intValue();
  }
}
