package dev.aic.text.parse;

import dev.aic.ir.affine.AffineExpr;
import dev.aic.ir.affine.AffineMap;
import dev.aic.ir.affine.IntegerSet;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.lex.MlirLexer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Affine maps and integer sets, as MLIR's {@code AffineParser.cpp} reads them: {@code +} and {@code
 * -} bind looser than {@code *}, {@code floordiv}, {@code ceildiv} and {@code mod}; unary {@code -}
 * binds tightest; every operator associates to the left. Expressions are built through the
 * simplifying factories of {@link AffineExpr}, so they come out canonical, as in MLIR.
 *
 * <p>Operator chains are read in loops; only parentheses and unary minus recurse, under the nesting
 * guard.
 */
final class AffineParser {
  private final ParserState s;

  /** The dimensions and symbols in scope, by name. */
  private final Map<String, AffineExpr> identifiers = new HashMap<>();

  AffineParser(ParserState state) {
    this.s = state;
  }

  /** A binary operator and where it was written. */
  private record Op(String spelling, Token token) {}

  AffineMap parseAffineMapBody() {
    Token start = s.tokens().peek();
    Object result = parseMapOrSet();
    if (result instanceof AffineMap map) {
      return map;
    }
    throw s.error(start, "expected AffineMap, but got IntegerSet");
  }

  IntegerSet parseIntegerSetBody() {
    Token start = s.tokens().peek();
    Object result = parseMapOrSet();
    if (result instanceof IntegerSet set) {
      return set;
    }
    throw s.error(start, "expected IntegerSet, but got AffineMap");
  }

  private Object parseMapOrSet() {
    identifiers.clear();
    try {
      int numDims =
          parseIdList(MlirLexer.LPAREN, MlirLexer.RPAREN, " in dimensional identifier list", true);
      int numSymbols = 0;
      if (s.at(MlirLexer.LSQUARE)) {
        numSymbols = parseIdList(MlirLexer.LSQUARE, MlirLexer.RSQUARE, " in symbol list", false);
      }
      if (s.consumeIf(MlirLexer.ARROW)) {
        List<AffineExpr> results = new ArrayList<>();
        parseParenList(" in affine map range", () -> results.add(parseAffineExpr()));
        return AffineMap.get(s.context(), numDims, numSymbols, results);
      }
      s.expect(MlirLexer.COLON, "'->' or ':'");
      List<AffineExpr> constraints = new ArrayList<>();
      List<Boolean> eqFlags = new ArrayList<>();
      parseParenList(
          " in integer set constraint list", () -> parseConstraint(constraints, eqFlags));
      if (constraints.isEmpty()) {
        // () is the universe: 0 == 0.
        constraints.add(AffineExpr.constant(0));
        eqFlags.add(true);
      }
      return IntegerSet.get(s.context(), numDims, numSymbols, constraints, eqFlags);
    } finally {
      identifiers.clear();
    }
  }

  private int parseIdList(int open, int close, String context, boolean dims) {
    s.expect(open, "'" + ParserState.spelling(open) + "'" + context);
    int count = 0;
    if (s.consumeIf(close)) {
      return count;
    }
    do {
      Token t = s.tokens().peek();
      if (t.kind() != MlirLexer.BARE_ID) {
        throw s.errorExpected("bare identifier");
      }
      String name = s.text(t);
      if (identifiers.containsKey(name)) {
        throw s.error(t, "redefinition of identifier '" + name + "'");
      }
      s.tokens().skip();
      identifiers.put(name, dims ? AffineExpr.dim(count) : AffineExpr.symbol(count));
      count++;
    } while (s.consumeIf(MlirLexer.COMMA));
    s.expect(close, "'" + ParserState.spelling(close) + "'" + context);
    return count;
  }

  private void parseParenList(String context, Runnable element) {
    s.expect(MlirLexer.LPAREN, "'('" + context);
    if (s.consumeIf(MlirLexer.RPAREN)) {
      return;
    }
    do {
      element.run();
    } while (s.consumeIf(MlirLexer.COMMA));
    s.expect(MlirLexer.RPAREN, "')'" + context);
  }

  /** {@code e >= f}, {@code e <= f} or {@code e == f}, kept as {@code e - f} (or {@code f - e}). */
  private void parseConstraint(List<AffineExpr> constraints, List<Boolean> eqFlags) {
    AffineExpr lhs = parseAffineExpr();
    // As MLIR: each test consumes what it matched, even when the second half is missing.
    if (s.consumeIf(MlirLexer.GREATER) && s.consumeIf(MlirLexer.EQUAL)) {
      constraints.add(AffineExpr.sub(lhs, parseAffineExpr()));
      eqFlags.add(false);
      return;
    }
    if (s.consumeIf(MlirLexer.LESS) && s.consumeIf(MlirLexer.EQUAL)) {
      constraints.add(AffineExpr.sub(parseAffineExpr(), lhs));
      eqFlags.add(false);
      return;
    }
    if (s.consumeIf(MlirLexer.EQUAL) && s.consumeIf(MlirLexer.EQUAL)) {
      constraints.add(AffineExpr.sub(lhs, parseAffineExpr()));
      eqFlags.add(true);
      return;
    }
    throw s.error(
        s.currentLocation(),
        "expected '== affine-expr' or '>= affine-expr' at end of affine constraint");
  }

  /** A sum of terms: {@code term ((+|-) term)*}. */
  AffineExpr parseAffineExpr() {
    AffineExpr sum = null;
    boolean subtract = false;
    while (true) {
      AffineExpr term = parseOperand(sum != null);
      Token opToken = s.tokens().peek();
      String high = consumeIfHighPrecOp();
      if (high != null) {
        term = parseHighPrecChain(term, new Op(high, opToken));
      }
      sum = sum == null ? term : subtract ? AffineExpr.sub(sum, term) : AffineExpr.add(sum, term);
      if (s.consumeIf(MlirLexer.PLUS)) {
        subtract = false;
      } else if (s.consumeIf(MlirLexer.MINUS)) {
        subtract = true;
      } else {
        return sum;
      }
    }
  }

  /** {@code lhs op operand (op operand)*} for the high-precedence operators. */
  private AffineExpr parseHighPrecChain(AffineExpr lhs, Op op) {
    while (true) {
      AffineExpr rhs = parseOperand(true);
      Token nextToken = s.tokens().peek();
      String next = consumeIfHighPrecOp();
      lhs = binary(op, lhs, rhs);
      if (next == null) {
        return lhs;
      }
      op = new Op(next, nextToken);
    }
  }

  private String consumeIfHighPrecOp() {
    Token t = s.tokens().peek();
    if (t.kind() == MlirLexer.STAR) {
      s.tokens().skip();
      return "*";
    }
    if (t.kind() == MlirLexer.BARE_ID) {
      String word = s.text(t);
      if (word.equals("floordiv") || word.equals("ceildiv") || word.equals("mod")) {
        s.tokens().skip();
        return word;
      }
    }
    return null;
  }

  private AffineExpr binary(Op op, AffineExpr lhs, AffineExpr rhs) {
    FileLineColLoc at = s.location(op.token());
    if (op.spelling().equals("*")) {
      if (!lhs.isSymbolicOrConstant() && !rhs.isSymbolicOrConstant()) {
        throw s.error(
            at,
            "non-affine expression: at least one of the multiply operands has to be either a"
                + " constant or symbolic");
      }
      return AffineExpr.mul(lhs, rhs);
    }
    if (!rhs.isSymbolicOrConstant()) {
      throw s.error(
          at,
          "non-affine expression: right operand of "
              + op.spelling()
              + " has to be either a constant or symbolic");
    }
    return switch (op.spelling()) {
      case "floordiv" -> AffineExpr.floorDiv(lhs, rhs);
      case "ceildiv" -> AffineExpr.ceilDiv(lhs, rhs);
      default -> AffineExpr.mod(lhs, rhs);
    };
  }

  /**
   * An operand: an identifier, a constant, a parenthesized expression or a negation. {@code
   * afterOperator} tells whether a binary operator precedes it, for the error message.
   */
  private AffineExpr parseOperand(boolean afterOperator) {
    Token t = s.tokens().peek();
    switch (t.kind()) {
      case MlirLexer.INTEGER:
        {
          BigInteger value = Lexemes.integerValue(s.text(t));
          if (value.bitLength() > 63) {
            throw s.error(t, "constant too large for index");
          }
          s.tokens().skip();
          return AffineExpr.constant(value.longValue());
        }
      case MlirLexer.LPAREN:
        s.enterNesting();
        try {
          s.tokens().skip();
          if (s.at(MlirLexer.RPAREN)) {
            throw s.error(s.currentLocation(), "no expression inside parentheses");
          }
          AffineExpr inner = parseAffineExpr();
          s.expect(MlirLexer.RPAREN);
          return inner;
        } finally {
          s.exitNesting();
        }
      case MlirLexer.MINUS:
        s.enterNesting();
        try {
          s.tokens().skip();
          return AffineExpr.neg(parseOperand(afterOperator));
        } finally {
          s.exitNesting();
        }
      case MlirLexer.PLUS:
      case MlirLexer.STAR:
        throw s.error(
            t,
            afterOperator
                ? "missing right operand of binary operator"
                : "missing left operand of binary operator");
      case MlirLexer.BARE_ID:
        {
          AffineExpr id = identifiers.get(s.text(t));
          if (id == null) {
            throw s.errorWrongToken("use of undeclared identifier");
          }
          s.tokens().skip();
          return id;
        }
      default:
        throw s.error(
            t,
            afterOperator
                ? "missing right operand of binary operator"
                : "expected affine expression");
    }
  }
}
