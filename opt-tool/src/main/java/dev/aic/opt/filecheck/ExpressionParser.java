package dev.aic.opt.filecheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;

/**
 * Parses variable names and numeric substitution blocks ({@code [[#%x,VAR:N+1]]}) with FileCheck's
 * grammar and messages. Every method moves the {@link Text} cursor it is given past what it read.
 */
final class ExpressionParser {
  /** What may appear as an operand. */
  private enum Operand {
    /** Only {@code @LINE}: the first operand of a legacy {@code [[@LINE+1]]} expression. */
    LINE_VARIABLE,
    /** Only a decimal literal: the second operand of a legacy {@code @LINE} expression. */
    LEGACY_LITERAL,
    ANY
  }

  /**
   * A parsed variable name.
   *
   * @param name the name, including a leading {@code $} or {@code @}
   * @param pseudo whether it is a pseudo variable such as {@code @LINE}
   */
  record Variable(Text name, boolean pseudo) {}

  /**
   * A parsed numeric substitution block.
   *
   * @param expression the expression to substitute, or null for a bare definition
   * @param format how the value is written
   * @param defined the variable the block defines, or null
   */
  record Block(NumericExpression expression, ExpressionFormat format, NumericVariable defined) {}

  private final PatternContext context;

  /** The check line being parsed, or null for command-line definitions. */
  private final Integer lineNumber;

  ExpressionParser(PatternContext context, Integer lineNumber) {
    this.context = context;
    this.lineNumber = lineNumber;
  }

  static boolean isWordStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isWordChar(char c) {
    return isWordStart(c) || (c >= '0' && c <= '9');
  }

  /** Parses a variable name at the start of {@code str}. */
  static Variable parseVariable(Text str) throws PatternError {
    if (str.isEmpty()) {
      throw new PatternError(str.copy(), "empty variable name");
    }
    int i = 0;
    boolean pseudo = str.front() == '@';
    if (str.front() == '$' || pseudo) {
      i++;
    }
    if (i == str.size()) {
      throw new PatternError(
          str.drop(i), "empty " + (pseudo ? "pseudo " : "global ") + "variable name");
    }
    if (!isWordStart(str.at(i++))) {
      throw new PatternError(str.copy(), "invalid variable name");
    }
    while (i < str.size() && isWordChar(str.at(i))) {
      i++;
    }
    Text name = str.take(i);
    str.advance(i);
    return new Variable(name, pseudo);
  }

  private NumericVariable parseDefinition(Text expr, ExpressionFormat format) throws PatternError {
    Variable variable = parseVariable(expr);
    Text name = variable.name();
    String key = name.toString();
    if (variable.pseudo()) {
      throw new PatternError(name, "definition of pseudo numeric variable unsupported");
    }
    if (context.isStringVariableDefined(key)) {
      throw new PatternError(name, "string variable with name '" + key + "' already exists");
    }
    expr.skipSpaces();
    if (!expr.isEmpty()) {
      throw new PatternError(expr.copy(), "unexpected characters after numeric variable name");
    }
    NumericVariable existing = context.numericVariable(key);
    if (existing != null) {
      if (!existing.format().equals(format)) {
        throw new PatternError(expr.copy(), "format different from previous variable definition");
      }
      return existing;
    }
    return new NumericVariable(key, format, lineNumber);
  }

  private NumericExpression parseUse(Text name, boolean pseudo) throws PatternError {
    String key = name.toString();
    if (pseudo && !key.equals("@LINE")) {
      throw new PatternError(name, "invalid pseudo numeric variable '" + key + "'");
    }
    NumericVariable variable = context.numericVariable(key);
    if (variable == null) {
      // Undefined so far: a placeholder lets parsing go on; matching reports the use.
      variable = new NumericVariable(key, ExpressionFormat.UNSIGNED, null);
      context.putNumericVariable(key, variable);
    }
    Integer definedOn = variable.definitionLine();
    if (definedOn != null && lineNumber != null && definedOn.equals(lineNumber)) {
      throw new PatternError(
          name, "numeric variable '" + key + "' defined earlier in the same CHECK directive");
    }
    return new NumericExpression.VariableUse(name, variable);
  }

  private NumericExpression parseOperand(Text expr, Operand allowed, boolean maybeConstraint)
      throws PatternError {
    if (expr.startsWith("(")) {
      if (allowed != Operand.ANY) {
        throw new PatternError(expr.copy(), "parenthesized expression not permitted here");
      }
      return parseParenthesized(expr);
    }
    if (allowed == Operand.LINE_VARIABLE || allowed == Operand.ANY) {
      Variable variable = null;
      PatternError notAName = null;
      try {
        variable = parseVariable(expr);
      } catch (PatternError e) {
        notAName = e;
      }
      if (variable != null) {
        Text rest = expr.copy();
        rest.skipSpaces();
        if (rest.startsWith("(")) {
          if (allowed != Operand.ANY) {
            throw new PatternError(variable.name(), "unexpected function call");
          }
          return parseCall(expr, variable.name());
        }
        return parseUse(variable.name(), variable.pseudo());
      }
      if (allowed == Operand.LINE_VARIABLE) {
        throw notAName;
      }
      // Not a variable: retry as a literal.
    }
    Text saved = expr.copy();
    boolean negative = expr.consume("-");
    BigInteger value = consumeInteger(expr, allowed == Operand.LEGACY_LITERAL ? 10 : 0);
    if (value != null) {
      Text literal = saved.dropBack(expr.size());
      return new NumericExpression.Literal(literal, negative ? value.negate() : value);
    }
    throw new PatternError(
        saved, "invalid " + (maybeConstraint ? "matching constraint or " : "") + "operand format");
  }

  /**
   * Reads an unsigned integer as {@code StringRef::consumeInteger}: radix 0 senses {@code 0x},
   * {@code 0b}, {@code 0o} and a leading {@code 0} (octal). Returns null, without moving, if there
   * are no digits.
   */
  static BigInteger consumeInteger(Text text, int radix) {
    Text str = text.copy();
    int base = radix;
    if (base == 0) {
      base = 10;
      String lower = str.take(2).toString().toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("0x")) {
        str.advance(2);
        base = 16;
      } else if (lower.equals("0b")) {
        str.advance(2);
        base = 2;
      } else if (str.startsWith("0o")) {
        str.advance(2);
        base = 8;
      } else if (str.size() > 1 && str.front() == '0' && Character.isDigit(str.at(1))) {
        str.advance(1);
        base = 8;
      }
    }
    int digits = 0;
    while (digits < str.size() && Character.digit(str.at(digits), base) >= 0) {
      digits++;
    }
    if (digits == 0) {
      return null;
    }
    BigInteger value = new BigInteger(str.take(digits).toString(), base);
    str.advance(digits);
    text.advance(text.size() - str.size());
    return value;
  }

  private NumericExpression parseParenthesized(Text expr) throws PatternError {
    expr.skipSpaces();
    expr.consume("(");
    expr.skipSpaces();
    if (expr.isEmpty()) {
      throw new PatternError(expr.copy(), "missing operand in expression");
    }
    NumericExpression result = parseOperand(expr, Operand.ANY, false);
    expr.skipSpaces();
    while (!expr.isEmpty() && !expr.startsWith(")")) {
      Text outer = expr.copy();
      result = parseBinary(outer, expr, result, false);
      expr.skipSpaces();
    }
    if (!expr.consume(")")) {
      throw new PatternError(expr.copy(), "missing ')' at end of nested expression");
    }
    return result;
  }

  private NumericExpression parseBinary(
      Text whole, Text rest, NumericExpression left, boolean legacyLine) throws PatternError {
    rest.skipSpaces();
    if (rest.isEmpty()) {
      return left;
    }
    Text operatorAt = rest.take(0);
    char operator = rest.popFront();
    BinaryOperator<BigInteger> operation =
        switch (operator) {
          case '+' -> BigInteger::add;
          case '-' -> BigInteger::subtract;
          default -> null;
        };
    if (operation == null) {
      throw new PatternError(operatorAt, "unsupported operation '" + operator + "'");
    }
    rest.skipSpaces();
    if (rest.isEmpty()) {
      throw new PatternError(rest.copy(), "missing operand in expression");
    }
    NumericExpression right =
        parseOperand(rest, legacyLine ? Operand.LEGACY_LITERAL : Operand.ANY, false);
    Text text = whole.dropBack(rest.size());
    return new NumericExpression.Binary(text, operation, left, right);
  }

  private static BinaryOperator<BigInteger> function(String name) {
    return switch (name) {
      case "add" -> BigInteger::add;
      case "sub" -> BigInteger::subtract;
      case "mul" -> BigInteger::multiply;
      case "div" -> (a, b) -> b.signum() == 0 ? null : a.divide(b);
      case "max" -> BigInteger::max;
      case "min" -> BigInteger::min;
      default -> null;
    };
  }

  private NumericExpression parseCall(Text expr, Text name) throws PatternError {
    expr.skipSpaces();
    BinaryOperator<BigInteger> operation = function(name.toString());
    if (operation == null) {
      throw new PatternError(name, "call to undefined function '" + name + "'");
    }
    expr.consume("(");
    expr.skipSpaces();
    List<NumericExpression> arguments = new ArrayList<>();
    while (!expr.isEmpty() && !expr.startsWith(")")) {
      if (expr.startsWith(",")) {
        throw new PatternError(expr.copy(), "missing argument");
      }
      Text outer = expr.copy();
      NumericExpression argument = parseOperand(expr, Operand.ANY, false);
      while (!expr.isEmpty()) {
        expr.skipSpaces();
        if (expr.startsWith(",") || expr.startsWith(")")) {
          break;
        }
        argument = parseBinary(outer, expr, argument, false);
      }
      arguments.add(argument);
      expr.skipSpaces();
      if (!expr.consume(",")) {
        break;
      }
      expr.skipSpaces();
      if (expr.startsWith(")")) {
        throw new PatternError(expr.copy(), "missing argument");
      }
    }
    if (!expr.consume(")")) {
      throw new PatternError(expr.copy(), "missing ')' at end of call expression");
    }
    if (arguments.size() != 2) {
      throw new PatternError(
          name, "function '" + name + "' takes 2 arguments but " + arguments.size() + " given");
    }
    // LLVM names a call by the text after it, which is where a format conflict points.
    return new NumericExpression.Binary(expr.copy(), operation, arguments.get(0), arguments.get(1));
  }

  /** Parses the inside of {@code [[#...]]} (or of a legacy {@code [[@LINE+n]]}). */
  Block parseBlock(Text expr, boolean legacyLine) throws PatternError {
    ExpressionFormat explicit = ExpressionFormat.NO_FORMAT;
    int precision = 0;
    int formatEnd = expr.find(",");
    int functionStart = expr.find("(");
    if (formatEnd >= 0 && (functionStart < 0 || formatEnd < functionStart)) {
      Text format = expr.take(formatEnd);
      expr.advance(formatEnd + 1);
      format.skipSpaces();
      format.trimEnd();
      if (!format.consume("%")) {
        throw new PatternError(format, "invalid matching format specification in expression");
      }
      Text alternateAt = format.take(0);
      boolean alternate = format.consume("#");
      if (format.consume(".")) {
        BigInteger digits = consumeInteger(format, 10);
        if (digits == null) {
          throw new PatternError(format, "invalid precision in format specifier");
        }
        precision = digits.intValue();
      }
      if (!format.isEmpty()) {
        Text formatAt = format.take(0);
        ExpressionFormat.Kind kind =
            switch (format.popFront()) {
              case 'u' -> ExpressionFormat.Kind.UNSIGNED;
              case 'd' -> ExpressionFormat.Kind.SIGNED;
              case 'x' -> ExpressionFormat.Kind.HEX_LOWER;
              case 'X' -> ExpressionFormat.Kind.HEX_UPPER;
              default -> null;
            };
        if (kind == null) {
          throw new PatternError(formatAt, "invalid format specifier in expression");
        }
        boolean hex =
            kind == ExpressionFormat.Kind.HEX_LOWER || kind == ExpressionFormat.Kind.HEX_UPPER;
        explicit = new ExpressionFormat(kind, precision, hex && alternate);
      }
      if (alternate
          && explicit.kind() != ExpressionFormat.Kind.HEX_LOWER
          && explicit.kind() != ExpressionFormat.Kind.HEX_UPPER) {
        throw new PatternError(alternateAt, "alternate form only supported for hex values");
      }
      format.skipSpaces();
      if (!format.isEmpty()) {
        throw new PatternError(format, "invalid matching format specification in expression");
      }
    }
    Text definition = null;
    int definitionEnd = expr.find(":");
    if (definitionEnd >= 0) {
      definition = expr.take(definitionEnd);
      expr.advance(definitionEnd + 1);
    }
    expr.skipSpaces();
    boolean constraint = expr.consume("==");
    expr.skipSpaces();
    NumericExpression ast = null;
    if (expr.isEmpty()) {
      if (constraint) {
        throw new PatternError(
            expr.copy(), "empty numeric expression should not have a constraint");
      }
    } else {
      expr.trimEnd();
      Text outer = expr.copy();
      ast = parseOperand(expr, legacyLine ? Operand.LINE_VARIABLE : Operand.ANY, !constraint);
      while (!expr.isEmpty()) {
        ast = parseBinary(outer, expr, ast, legacyLine);
        if (legacyLine && !expr.isEmpty()) {
          throw new PatternError(
              expr.copy(), "unexpected characters at end of expression '" + expr + "'");
        }
      }
    }
    ExpressionFormat format = explicit;
    if (!format.isSet() && ast != null) {
      format = ast.implicitFormat();
    }
    if (!format.isSet()) {
      format = new ExpressionFormat(ExpressionFormat.Kind.UNSIGNED, precision, false);
    }
    NumericVariable defined = null;
    if (definition != null) {
      definition.skipSpaces();
      defined = parseDefinition(definition, format);
    }
    return new Block(ast, format, defined);
  }
}
