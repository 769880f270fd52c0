package dev.aic.text.diag;

import java.util.BitSet;
import java.util.Map;

/**
 * Translates POSIX extended regular expressions, as LLVM's {@code llvm::Regex} reads them, into
 * {@link java.util.regex.Pattern} syntax, rejecting what LLVM rejects with LLVM's message. Used for
 * the {@code {{...}}} parts of {@code expected-*-re} lines.
 */
final class PosixRegex {
  private static final int DUP_MAX = 255;
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

  /** LLVM's message for a malformed expression. */
  static final class Error extends Exception {
    private static final long serialVersionUID = 1L;

    Error(String message) {
      super(message);
    }
  }

  private final String re;
  private final StringBuilder out = new StringBuilder();
  private int pos;
  private int groups;
  private final BitSet closed = new BitSet();

  private PosixRegex(String re) {
    this.re = re;
  }

  /**
   * The Java form of {@code re}. A back-reference keeps its number, which, as in LLVM, counts the
   * groups of the whole expression the part ends up in.
   *
   * @throws Error with LLVM's message if LLVM rejects {@code re}
   */
  static String translate(String re) throws Error {
    PosixRegex translator = new PosixRegex(re);
    translator.alternation(true);
    return translator.out.toString();
  }

  private boolean more() {
    return pos < re.length();
  }

  private char peek() {
    return re.charAt(pos);
  }

  private void alternation(boolean top) throws Error {
    while (true) {
      int start = pos;
      while (more() && peek() != '|' && !(!top && peek() == ')')) {
        expression();
      }
      if (pos == start) {
        throw new Error("empty (sub)expression");
      }
      if (!more() || peek() != '|') {
        return;
      }
      pos++;
      out.append('|');
    }
  }

  private void expression() throws Error {
    char c = re.charAt(pos++);
    boolean wasCaret = false;
    switch (c) {
      case '(' -> {
        if (!more()) {
          throw new Error("parentheses not balanced");
        }
        int group = ++groups;
        out.append('(');
        if (peek() != ')') {
          alternation(false);
        }
        if (!more() || peek() != ')') {
          throw new Error("parentheses not balanced");
        }
        pos++;
        out.append(')');
        closed.set(group);
      }
      case ')' -> throw new Error("parentheses not balanced");
      case '^' -> {
        out.append('^');
        wasCaret = true;
      }
      case '$' -> out.append("\\z");
      case '|' -> throw new Error("empty (sub)expression");
      case '*', '+', '?' -> throw new Error("repetition-operator operand invalid");
      case '.' -> out.append('.');
      case '[' -> bracket();
      case '\\' -> {
        if (!more()) {
          throw new Error("trailing backslash (\\)");
        }
        char escaped = re.charAt(pos++);
        if (escaped >= '1' && escaped <= '9') {
          if (!closed.get(escaped - '0')) {
            throw new Error("invalid backreference number");
          }
          out.append('\\').append(escaped);
        } else {
          literal(escaped);
        }
      }
      case '{' -> {
        if (more() && isDigit(peek())) {
          throw new Error("repetition-operator operand invalid");
        }
        literal(c);
      }
      default -> literal(c);
    }
    if (!more() || !isRepetition()) {
      return;
    }
    char op = re.charAt(pos++);
    if (wasCaret) {
      throw new Error("repetition-operator operand invalid");
    }
    if (op == '{') {
      int low = count();
      int high = low;
      String upper = "";
      if (more() && peek() == ',') {
        pos++;
        if (more() && isDigit(peek())) {
          high = count();
          if (low > high) {
            throw new Error("invalid repetition count(s)");
          }
          upper = "," + high;
        } else {
          upper = ",";
        }
      }
      if (!more() || peek() != '}') {
        while (more() && peek() != '}') {
          pos++;
        }
        throw new Error(more() ? "invalid repetition count(s)" : "braces not balanced");
      }
      pos++;
      out.append('{').append(low).append(upper).append('}');
    } else {
      out.append(op);
    }
    if (more() && isRepetition()) {
      throw new Error("repetition-operator operand invalid");
    }
  }

  private boolean isRepetition() {
    char c = peek();
    return c == '*'
        || c == '+'
        || c == '?'
        || (c == '{' && pos + 1 < re.length() && isDigit(re.charAt(pos + 1)));
  }

  private int count() throws Error {
    int count = 0;
    int digits = 0;
    while (more() && isDigit(peek()) && count <= DUP_MAX) {
      count = count * 10 + (re.charAt(pos++) - '0');
      digits++;
    }
    if (digits == 0 || count > DUP_MAX) {
      throw new Error("invalid repetition count(s)");
    }
    return count;
  }

  private void bracket() throws Error {
    if (re.startsWith("[:<:]]", pos)) {
      pos += 6;
      out.append("\\b(?=\\w)");
      return;
    }
    if (re.startsWith("[:>:]]", pos)) {
      pos += 6;
      out.append("\\b(?<=\\w)");
      return;
    }
    out.append('[');
    if (more() && peek() == '^') {
      pos++;
      out.append('^');
    }
    if (more() && (peek() == ']' || peek() == '-')) {
      literal(re.charAt(pos++));
    }
    while (more() && peek() != ']' && !re.startsWith("-]", pos)) {
      bracketTerm();
    }
    if (more() && peek() == '-') {
      pos++;
      literal('-');
    }
    if (!more() || peek() != ']') {
      throw new Error("brackets ([ ]) not balanced");
    }
    pos++;
    out.append(']');
  }

  private void bracketTerm() throws Error {
    char next = pos + 1 < re.length() ? re.charAt(pos + 1) : '\0';
    if (peek() == '-') {
      throw new Error("invalid character range");
    }
    if (peek() == '[' && next == ':') {
      pos += 2;
      if (!more()) {
        throw new Error("brackets ([ ]) not balanced");
      }
      int start = pos;
      while (more() && Character.isLetter(peek()) && peek() < 0x80) {
        pos++;
      }
      String java = CLASSES.get(re.substring(start, pos));
      if (java == null) {
        throw new Error("invalid character class");
      }
      if (!more()) {
        throw new Error("brackets ([ ]) not balanced");
      }
      if (!re.startsWith(":]", pos)) {
        throw new Error("invalid character class");
      }
      pos += 2;
      out.append(java);
      return;
    }
    if (peek() == '[' && next == '=') {
      pos += 2;
      char c = symbolEnd('=');
      literal(c);
      return;
    }
    char first = symbol();
    char last = first;
    if (more() && peek() == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
      pos++;
      if (more() && peek() == '-') {
        pos++;
        last = '-';
      } else {
        last = symbol();
      }
    }
    if (first > last) {
      throw new Error("invalid character range");
    }
    literal(first);
    if (last != first) {
      out.append('-');
      literal(last);
    }
  }

  private char symbol() throws Error {
    if (!more()) {
      throw new Error("brackets ([ ]) not balanced");
    }
    if (re.startsWith("[.", pos)) {
      pos += 2;
      return symbolEnd('.');
    }
    return re.charAt(pos++);
  }

  /** A one-character collating element or equivalence class body, up to its closing pair. */
  private char symbolEnd(char delimiter) throws Error {
    if (!more()) {
      throw new Error("brackets ([ ]) not balanced");
    }
    char c = re.charAt(pos++);
    if (!re.startsWith(delimiter + "]", pos)) {
      throw new Error("invalid collating element");
    }
    pos += 2;
    return c;
  }

  private void literal(char c) {
    if (Character.isLetterOrDigit(c) || c >= 0x80) {
      out.append(c);
    } else {
      out.append('\\').append(c);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
