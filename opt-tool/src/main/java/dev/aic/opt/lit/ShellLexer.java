package dev.aic.opt.lit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a RUN line into words and operators exactly as lit's {@code ShLexer}: single quotes are
 * literal; inside double quotes a backslash escapes only {@code "}, {@code \} and {@code $};
 * outside quotes a backslash escapes any character except the first of a word; a word of digits
 * directly before {@code >} or {@code <} is a file descriptor ({@code 2>}, {@code 2>&1}).
 */
public final class ShellLexer {
  private final String data;
  private final List<String> warnings;
  private int pos;

  private ShellLexer(String data, List<String> warnings) {
    this.data = data;
    this.warnings = warnings;
  }

  /**
   * Lexes {@code line}; lit's warnings (unterminated quote, trailing escape) go to {@code
   * warnings}.
   */
  public static List<ShellToken> lex(String line, List<String> warnings) {
    ShellLexer lexer = new ShellLexer(line, warnings);
    List<ShellToken> tokens = new ArrayList<>();
    while (lexer.pos < line.length()) {
      if (Character.isWhitespace(line.charAt(lexer.pos))) {
        lexer.pos++;
      } else {
        tokens.add(lexer.lexOneToken());
      }
    }
    return tokens;
  }

  private boolean maybeEat(char c) {
    if (pos < data.length() && data.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private ShellToken lexOneToken() {
    char c = data.charAt(pos++);
    switch (c) {
      case ';':
        return ShellToken.Operator.of(";");
      case '|':
        return ShellToken.Operator.of(maybeEat('|') ? "||" : "|");
      case '&':
        if (maybeEat('&')) {
          return ShellToken.Operator.of("&&");
        }
        return ShellToken.Operator.of(maybeEat('>') ? "&>" : "&");
      case '>':
        if (maybeEat('&')) {
          return ShellToken.Operator.of(">&");
        }
        return ShellToken.Operator.of(maybeEat('>') ? ">>" : ">");
      case '<':
        if (maybeEat('&')) {
          return ShellToken.Operator.of("<&");
        }
        // lit spells '<>' as '<<' too; neither is a supported redirection.
        return ShellToken.Operator.of(maybeEat('>') ? "<<" : "<");
      default:
        return lexWord(c);
    }
  }

  private ShellToken lexWord(char first) {
    // lit's fast path: a chunk up to white space without special characters is the word.
    int chunkEnd = pos;
    while (chunkEnd < data.length() && !Character.isWhitespace(data.charAt(chunkEnd))) {
      chunkEnd++;
    }
    String chunk = data.substring(pos - 1, chunkEnd);
    if (chunk.chars().noneMatch(c -> "|&<>'\";\\".indexOf(c) >= 0)) {
      pos = chunkEnd;
      return new ShellToken.Word(chunk, chunk.indexOf('*') >= 0 || chunk.indexOf('?') >= 0);
    }
    return lexWordSlowly(first);
  }

  /** lit's slow path, where a glob character counts only after the first character. */
  private ShellToken lexWordSlowly(char first) {
    StringBuilder word = new StringBuilder();
    if (first == '\'' || first == '"') {
      word.append(lexQuoted(first));
    } else {
      word.append(first);
    }
    boolean glob = false;
    while (pos < data.length()) {
      char c = data.charAt(pos);
      if (Character.isWhitespace(c) || c == '|' || c == '&' || c == ';') {
        break;
      } else if (c == '>' || c == '<') {
        if (!isAllDigits(word)) {
          break;
        }
        ShellToken.Operator op = (ShellToken.Operator) lexOneToken();
        return new ShellToken.Operator(op.symbol(), Integer.parseInt(word.toString()));
      } else if (c == '"' || c == '\'') {
        pos++;
        word.append(lexQuoted(c));
      } else if (c == '\\') {
        pos++;
        if (pos == data.length()) {
          warnings.add("escape at end of quoted argument in: " + PythonText.repr(data));
          break;
        }
        word.append(data.charAt(pos++));
      } else {
        glob |= c == '*' || c == '?';
        word.append(c);
        pos++;
      }
    }
    return new ShellToken.Word(word.toString(), glob);
  }

  private static boolean isAllDigits(CharSequence s) {
    return s.length() > 0 && s.chars().allMatch(Character::isDigit);
  }

  private String lexQuoted(char delimiter) {
    StringBuilder text = new StringBuilder();
    while (pos < data.length()) {
      char c = data.charAt(pos++);
      if (c == delimiter) {
        return text.toString();
      }
      if (c == '\\' && delimiter == '"') {
        if (pos == data.length()) {
          warnings.add("escape at end of quoted argument in: " + PythonText.repr(data));
          return text.toString();
        }
        char next = data.charAt(pos++);
        // Only '"', '\' and '$' lose their backslash; any other pair stays as written.
        if (next != '"' && next != '\\' && next != '$') {
          text.append('\\');
        }
        text.append(next);
      } else {
        text.append(c);
      }
    }
    warnings.add("missing quote character in " + PythonText.repr(data));
    return text.toString();
  }
}
