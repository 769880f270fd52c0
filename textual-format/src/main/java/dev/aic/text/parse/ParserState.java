package dev.aic.text.parse;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import dev.aic.text.ParseException;
import dev.aic.text.SourceFile;
import dev.aic.text.lex.MlirLexer;
import java.util.HashMap;
import java.util.Map;

/**
 * What every part of the parser shares while reading one source: the token cursor, the context, the
 * alias tables, the nesting guard, and error reporting. An error is emitted as a diagnostic at a
 * source location and the parse unwinds with {@link ParseException}: one error per mistake.
 */
public final class ParserState {
  /** How deeply regions, types and attributes may nest before the parser gives up. */
  public static final int MAX_NESTING = 512;

  private final Context context;
  private final TokenCursor tokens;
  private final Map<String, Attribute> attributeAliases = new HashMap<>();
  private final Map<String, Type> typeAliases = new HashMap<>();
  private int depth;
  private int deepest;

  /** A state reading {@code source} into {@code context}. */
  public ParserState(Context context, SourceFile source) {
    this.context = context;
    this.tokens = new TokenCursor(source);
  }

  /** The context. */
  public Context context() {
    return context;
  }

  /** The token cursor. */
  public TokenCursor tokens() {
    return tokens;
  }

  /** The source. */
  public SourceFile source() {
    return tokens.source();
  }

  /** Attribute aliases defined so far ({@code #name = ...}), by name without {@code #}. */
  public Map<String, Attribute> attributeAliases() {
    return attributeAliases;
  }

  /** Type aliases defined so far ({@code !name = ...}), by name without {@code !}. */
  public Map<String, Type> typeAliases() {
    return typeAliases;
  }

  // ---- tokens ---------------------------------------------------------------------------------

  /** Whether the next token has kind {@code kind}. */
  public boolean at(int kind) {
    return tokens.at(kind);
  }

  /** Whether the next token is the bare identifier {@code keyword}. */
  public boolean atKeyword(String keyword) {
    return tokens.at(MlirLexer.BARE_ID, keyword);
  }

  /** Consumes the next token if it has kind {@code kind}. */
  public boolean consumeIf(int kind) {
    if (tokens.at(kind)) {
      tokens.skip();
      return true;
    }
    return false;
  }

  /** Consumes the bare identifier {@code keyword} if it comes next. */
  public boolean consumeKeywordIf(String keyword) {
    if (atKeyword(keyword)) {
      tokens.skip();
      return true;
    }
    return false;
  }

  /** Consumes a token of kind {@code kind}, or reports {@code expected <what>}. */
  public void expect(int kind, String what) {
    if (!tokens.at(kind)) {
      throw errorExpected(what);
    }
    tokens.skip();
  }

  /** Consumes the punctuation token {@code kind}, or reports {@code expected '<spelling>'}. */
  public void expect(int kind) {
    // The message is built only on failure: expect runs for nearly every punctuation token.
    if (!tokens.at(kind)) {
      throw errorExpected("'" + spelling(kind) + "'");
    }
    tokens.skip();
  }

  /** Like {@link #expect(int, String)}, returning the token for callers that need its text. */
  public Token expectToken(int kind, String what) {
    if (!tokens.at(kind)) {
      throw errorExpected(what);
    }
    return tokens.next();
  }

  /** Like {@link #expect(int)}, returning the token for callers that need its place. */
  public Token expectToken(int kind) {
    if (!tokens.at(kind)) {
      throw errorExpected("'" + spelling(kind) + "'");
    }
    return tokens.next();
  }

  /** The text of {@code token}. */
  public String text(Token token) {
    return tokens.text(token);
  }

  /**
   * The text of {@code token} after its one-character sigil ({@code %}, {@code ^}, {@code #}...).
   */
  public String textAfterSigil(Token token) {
    return source().slice(token.start() + 1, token.end());
  }

  /** How a punctuation token kind is written. */
  public static String spelling(int kind) {
    String literal = MlirLexer.VOCABULARY.getLiteralName(kind);
    return literal == null
        ? MlirLexer.VOCABULARY.getDisplayName(kind)
        : literal.substring(1, literal.length() - 1);
  }

  // ---- locations and errors -------------------------------------------------------------------

  /** The location of {@code token}. */
  public FileLineColLoc location(Token token) {
    return new FileLineColLoc(source().name(), token.line(), token.column());
  }

  /** The location of the next token. */
  public FileLineColLoc currentLocation() {
    return new FileLineColLoc(source().name(), tokens.peekLine(), tokens.peekColumn());
  }

  /** Reports {@code message} at {@code location} and returns the exception to throw. */
  public ParseException error(Location location, String message) {
    context.diagnostics().emit(new Diagnostic(Severity.ERROR, location, message));
    return new ParseException();
  }

  /** Reports {@code message} at {@code token}. */
  public ParseException error(Token token, String message) {
    return error(location(token), message);
  }

  /**
   * Reports {@code expected <what>} where the missing thing should be; see {@link
   * #errorWrongToken}.
   */
  public ParseException errorExpected(String what) {
    return errorWrongToken("expected " + what);
  }

  /**
   * Reports {@code message} about the next token where MLIR's {@code emitWrongTokenError} puts it:
   * just after the last non-blank character before the token, backing over blank lines and {@code
   * //} comments, so the caret points at the line with the mistake. Bad characters and unterminated
   * strings are reported as such instead (the latter where the line ends, as MLIR's lexer does).
   */
  public ParseException errorWrongToken(String message) {
    Token next = tokens.peek();
    if (next.kind() == MlirLexer.BAD_CHARACTER) {
      return error(next, "unexpected character");
    }
    if (next.kind() == MlirLexer.UNTERMINATED_STRING) {
      return errorUnterminatedString(next);
    }
    String text = source().text();
    int original = next.kind() == TokenCursor.EOF ? Math.max(0, next.start() - 1) : next.start();
    int end = original;
    while (true) {
      while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end == 0) {
        return error(locationAt(original), message);
      }
      char last = text.charAt(end - 1);
      if (last != '\n' && last != '\r') {
        return error(locationAt(end), message);
      }
      end--;
      int lineStart = end;
      while (lineStart > 0
          && text.charAt(lineStart - 1) != '\n'
          && text.charAt(lineStart - 1) != '\r') {
        lineStart--;
      }
      int comment = text.substring(lineStart, end).indexOf("//");
      if (comment >= 0) {
        end = lineStart + comment;
      }
    }
  }

  /**
   * The location of character {@code offset} of the source, as {@link #location} gives a token's.
   */
  FileLineColLoc locationAt(int offset) {
    return new FileLineColLoc(source().name(), source().lineOf(offset), source().columnOf(offset));
  }

  /** Reports an unterminated string literal where its line ends, as MLIR's lexer does. */
  public ParseException errorUnterminatedString(Token token) {
    FileLineColLoc end =
        new FileLineColLoc(source().name(), token.line(), token.column() + token.length());
    return error(end, "expected '\"' in string literal");
  }

  // ---- nesting --------------------------------------------------------------------------------

  /** Enters one level of nesting, failing cleanly past {@link #MAX_NESTING}. */
  public void enterNesting() {
    if (++depth > MAX_NESTING) {
      throw error(currentLocation(), "nesting deeper than " + MAX_NESTING + " levels");
    }
    if (depth > deepest) {
      deepest = depth;
    }
  }

  /** The current nesting depth. */
  int nestingDepth() {
    return depth;
  }

  /** Starts measuring how deep what follows nests, for {@link #nestedSinceMark()}. */
  void markNesting() {
    deepest = depth;
  }

  /** How many levels below the depth at {@link #markNesting()} the parse went since. */
  int nestedSinceMark() {
    return deepest - depth;
  }

  /** Leaves one level of nesting. */
  public void exitNesting() {
    depth--;
  }
}
