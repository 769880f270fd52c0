package dev.aic.text.diag;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Translates the POSIX extended regular expressions that LLVM's {@code Regex} (Henry Spencer's
 * {@code regcomp}) accepts into {@link java.util.regex} syntax, rejecting what {@code regcomp}
 * rejects with its own error text. Backslash quotes any character ({@code \d} is {@code d}), except
 * that {@code \1}..{@code \9} are back-references; inside brackets backslash is an ordinary
 * character. Used for the {@code {{...}}} parts of {@code expected-*-re} lines and by FileCheck.
 *
 * <p>Without {@code REG_NEWLINE} (compile with {@link #FLAGS}) a newline is an ordinary character
 * and {@code $} matches only at the end. With it (compile with {@link #NEWLINE_FLAGS}), as
 * FileCheck matches, {@code .} and negated brackets never match a newline and {@code ^}/{@code $}
 * match at line boundaries.
 */
public final class PosixRegex {
  /** The {@code java.util.regex} flags for an expression translated without {@code REG_NEWLINE}. */
  public static final int FLAGS = Pattern.DOTALL;

  /** The {@code java.util.regex} flags for an expression translated with {@code REG_NEWLINE}. */
  public static final int NEWLINE_FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES;

  private static final int DUP_MAX = 255;
  private static final String EMPTY = "empty (sub)expression";
  private static final String BAD_REPEAT = "repetition-operator operand invalid";
  private static final String PAREN = "parentheses not balanced";
  private static final String BRACKET = "brackets ([ ]) not balanced";
  private static final String BAD_COUNT = "invalid repetition count(s)";
  private static final String RANGE = "invalid character range";
  private static final String CTYPE = "invalid character class";
  private static final String COLLATE = "invalid collating element";

  private static final Map<String, String> CLASSES =
      Map.ofEntries(
          Map.entry("alnum", "\\p{Alnum}"),
          Map.entry("alpha", "\\p{Alpha}"),
          Map.entry("blank", "\\p{Blank}"),
          Map.entry("cntrl", "\\p{Cntrl}"),
          Map.entry("digit", "\\p{Digit}"),
          Map.entry("graph", "\\p{Graph}"),
          Map.entry("lower", "\\p{Lower}"),
          Map.entry("print", "\\p{Print}"),
          Map.entry("punct", "\\p{Punct}"),
          Map.entry("space", "\\p{Space}"),
          Map.entry("upper", "\\p{Upper}"),
          Map.entry("xdigit", "\\p{XDigit}"));

  /**
   * A translated expression.
   *
   * @param java the equivalent {@link java.util.regex} source
   * @param groups how many capture groups it has
   * @param alternation whether it uses {@code |}, where POSIX's leftmost-longest rule can pick a
   *     longer match than Java's leftmost-first one
   */
  public record Translation(String java, int groups, boolean alternation) {}

  /** Thrown with {@code regerror}'s text for an expression {@code regcomp} rejects. */
  public static final class Error extends Exception {
    private static final long serialVersionUID = 1L;

    /** An error with {@code regerror}'s {@code message}. */
    public Error(String message) {
      super(message, null, false, false);
    }
  }

  private final String source;
  private final boolean newline;
  private final StringBuilder out = new StringBuilder();
  private int pos;
  private int groups;
  private boolean alternation;

  /** Which groups have been closed so far, for back-reference checks. */
  private final boolean[] closed = new boolean[10];

  private PosixRegex(String source, boolean newline) {
    this.source = source;
    this.newline = newline;
  }

  /**
   * The Java form of {@code ere} without {@code REG_NEWLINE}, to compile with {@link #FLAGS}. A
   * back-reference keeps its number, which, as in LLVM, counts the groups of the whole expression
   * the part ends up in.
   *
   * @throws Error with LLVM's message if LLVM rejects {@code ere}
   */
  public static String translate(String ere) throws Error {
    return translate(ere, false).java();
  }

  /**
   * Translates {@code ere}, with {@code REG_NEWLINE} semantics if {@code newline} (compile the
   * result with {@link #NEWLINE_FLAGS}, else with {@link #FLAGS}).
   *
   * @throws Error with LLVM's message if LLVM rejects {@code ere}
   */
  public static Translation translate(String ere, boolean newline) throws Error {
    PosixRegex translator = new PosixRegex(ere, newline);
    translator.alternatives(-1);
    if (translator.more()) {
      // Only an unmatched ')' stops the top level early.
      throw new Error(PAREN);
    }
    return new Translation(translator.out.toString(), translator.groups, translator.alternation);
  }

  private boolean more() {
    return pos < source.length();
  }

  private char peek() {
    return source.charAt(pos);
  }

  private boolean see(char c) {
    return more() && peek() == c;
  }

  private boolean isRepetitionAhead() {
    if (!more()) {
      return false;
    }
    char c = peek();
    return c == '*'
        || c == '+'
        || c == '?'
        || (c == '{' && pos + 1 < source.length() && isDigit(source.charAt(pos + 1)));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Parses {@code a|b|...} up to {@code stop} (or the end when {@code stop} is -1). */
  private void alternatives(int stop) throws Error {
    while (true) {
      int start = pos;
      while (more() && peek() != '|' && peek() != stop) {
        expression();
      }
      if (pos == start) {
        throw new Error(EMPTY);
      }
      if (!see('|')) {
        return;
      }
      pos++;
      alternation = true;
      out.append('|');
    }
  }

  /** Parses one atom with its optional repetition, as {@code p_ere_exp} does. */
  private void expression() throws Error {
    char c = source.charAt(pos++);
    boolean wasCaret = false;
    switch (c) {
      case '(' -> {
        if (!more()) {
          throw new Error(PAREN);
        }
        int group = ++groups;
        out.append('(');
        if (!see(')')) {
          alternatives(')');
        }
        if (!see(')')) {
          throw new Error(PAREN);
        }
        pos++;
        out.append(')');
        if (group < closed.length) {
          closed[group] = true;
        }
      }
      case ')' -> throw new Error(PAREN);
      case '^' -> {
        out.append('^');
        wasCaret = true;
      }
      case '$' -> out.append(newline ? "$" : "\\z");
      case '|' -> throw new Error(EMPTY);
      case '*', '+', '?' -> throw new Error(BAD_REPEAT);
      case '.' -> out.append('.');
      case '[' -> bracket();
      case '\\' -> {
        if (!more()) {
          throw new Error("trailing backslash (\\)");
        }
        char next = source.charAt(pos++);
        if (next >= '1' && next <= '9') {
          if (!closed[next - '0']) {
            throw new Error("invalid backreference number");
          }
          out.append("(?:\\").append(next).append(')');
        } else {
          ordinary(next);
        }
      }
      case '{' -> {
        if (more() && isDigit(peek())) {
          throw new Error(BAD_REPEAT);
        }
        ordinary(c);
      }
      default -> ordinary(c);
    }
    if (!isRepetitionAhead()) {
      return;
    }
    char op = source.charAt(pos++);
    if (wasCaret) {
      throw new Error(BAD_REPEAT);
    }
    if (op == '{') {
      int min = count();
      int max = min;
      boolean unbounded = false;
      if (see(',')) {
        pos++;
        if (more() && isDigit(peek())) {
          max = count();
          if (min > max) {
            throw new Error(BAD_COUNT);
          }
        } else {
          unbounded = true;
        }
      }
      if (!see('}')) {
        while (more() && peek() != '}') {
          pos++;
        }
        throw new Error(more() ? BAD_COUNT : "braces not balanced");
      }
      pos++;
      out.append('{').append(min);
      if (unbounded) {
        out.append(',');
      } else if (max != min) {
        out.append(',').append(max);
      }
      out.append('}');
    } else {
      out.append(op);
    }
    if (isRepetitionAhead()) {
      throw new Error(BAD_REPEAT);
    }
  }

  private int count() throws Error {
    int value = 0;
    int digits = 0;
    while (more() && isDigit(peek()) && value <= DUP_MAX) {
      value = value * 10 + (source.charAt(pos++) - '0');
      digits++;
    }
    if (digits == 0 || value > DUP_MAX) {
      throw new Error(BAD_COUNT);
    }
    return value;
  }

  private void ordinary(char c) {
    appendLiteral(out, c);
  }

  private static void appendLiteral(StringBuilder sb, char c) {
    // Backslash makes any ASCII punctuation literal in Java; letters, digits and non-ASCII are.
    if (Character.isLetterOrDigit(c) || c >= 0x80) {
      sb.append(c);
    } else {
      sb.append('\\').append(c);
    }
  }

  /** Parses a bracket expression after its {@code [}, as {@code p_bracket} does. */
  private void bracket() throws Error {
    if (source.startsWith("[:<:]]", pos)) {
      pos += 6;
      out.append("\\b(?=\\w)");
      return;
    }
    if (source.startsWith("[:>:]]", pos)) {
      pos += 6;
      out.append("\\b(?<=\\w)");
      return;
    }
    StringBuilder set = new StringBuilder();
    boolean invert = false;
    if (see('^')) {
      pos++;
      invert = true;
    }
    if (see(']') || see('-')) {
      appendLiteral(set, source.charAt(pos++));
    }
    while (more() && peek() != ']' && !source.startsWith("-]", pos)) {
      bracketTerm(set);
    }
    if (see('-')) {
      pos++;
      appendLiteral(set, '-');
    }
    if (!see(']')) {
      throw new Error(BRACKET);
    }
    pos++;
    if (invert) {
      // With REG_NEWLINE a negated bracket never matches a newline.
      out.append("[^").append(set).append(newline ? "\\n]" : "]");
    } else {
      out.append('[').append(set).append(']');
    }
  }

  private void bracketTerm(StringBuilder set) throws Error {
    char c = peek();
    char kind = c == '[' && pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
    if (c == '-') {
      throw new Error(RANGE);
    }
    if (kind == ':') {
      pos += 2;
      if (!more()) {
        throw new Error(BRACKET);
      }
      if (peek() == '-' || peek() == ']') {
        throw new Error(CTYPE);
      }
      int start = pos;
      while (more() && Character.isLetter(peek()) && peek() < 0x80) {
        pos++;
      }
      String name = CLASSES.get(source.substring(start, pos));
      if (name == null) {
        throw new Error(CTYPE);
      }
      if (!more()) {
        throw new Error(BRACKET);
      }
      if (!source.startsWith(":]", pos)) {
        throw new Error(CTYPE);
      }
      pos += 2;
      set.append(name);
      return;
    }
    if (kind == '=') {
      pos += 2;
      char element = collatingElement('=');
      appendLiteral(set, element);
      return;
    }
    char start = symbol();
    char finish = start;
    if (see('-') && pos + 1 < source.length() && source.charAt(pos + 1) != ']') {
      pos++;
      if (see('-')) {
        pos++;
        finish = '-';
      } else {
        finish = symbol();
      }
    }
    if (start > finish) {
      throw new Error(RANGE);
    }
    appendLiteral(set, start);
    if (finish != start) {
      set.append('-');
      appendLiteral(set, finish);
    }
  }

  private char symbol() throws Error {
    if (!more()) {
      throw new Error(BRACKET);
    }
    if (!source.startsWith("[.", pos)) {
      return source.charAt(pos++);
    }
    pos += 2;
    return collatingElement('.');
  }

  /** Reads a one-character collating element closed by {@code end]}. */
  private char collatingElement(char end) throws Error {
    if (!more()) {
      throw new Error(BRACKET);
    }
    if (end == '=' && (peek() == '-' || peek() == ']')) {
      throw new Error(COLLATE);
    }
    int start = pos;
    while (more() && !source.startsWith(end + "]", pos)) {
      pos++;
    }
    if (!more()) {
      throw new Error(BRACKET);
    }
    if (pos - start != 1) {
      throw new Error(COLLATE);
    }
    pos += 2;
    return source.charAt(start);
  }

  /** Escapes {@code text} so that it matches itself, as LLVM's {@code Regex::escape}. */
  public static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("()^$|*+?.[]\\{}".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
