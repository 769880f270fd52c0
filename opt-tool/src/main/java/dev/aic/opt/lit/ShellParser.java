package dev.aic.opt.lit;

import java.util.ArrayList;
import java.util.List;

/** Parses lit's internal-shell command lines, with lit's error messages. */
public final class ShellParser {
  private final List<ShellToken> tokens;
  private int pos;

  private ShellParser(List<ShellToken> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses {@code line}; lexer warnings go to {@code warnings}.
   *
   * @throws LitSyntaxException on an empty command, a dangling operator or a redirection without a
   *     target
   */
  public static ShellNode parse(String line, List<String> warnings) throws LitSyntaxException {
    ShellParser parser = new ShellParser(ShellLexer.lex(line, warnings));
    ShellNode node = parser.parsePipeline();
    while (parser.pos < parser.tokens.size()) {
      ShellToken.Operator op = (ShellToken.Operator) parser.tokens.get(parser.pos++);
      if (parser.pos == parser.tokens.size()) {
        throw new LitSyntaxException(
            "missing argument to operator " + PythonText.repr(op.symbol()));
      }
      node = new ShellNode.Sequence(node, op.symbol(), parser.parsePipeline());
    }
    return node;
  }

  private ShellNode.Pipeline parsePipeline() throws LitSyntaxException {
    List<ShellNode.Command> commands = new ArrayList<>();
    commands.add(parseCommand());
    while (pos < tokens.size()
        && tokens.get(pos) instanceof ShellToken.Operator op
        && op.fd() < 0
        && op.symbol().equals("|")) {
      pos++;
      commands.add(parseCommand());
    }
    return new ShellNode.Pipeline(List.copyOf(commands));
  }

  private ShellNode.Command parseCommand() throws LitSyntaxException {
    if (pos == tokens.size()) {
      throw new LitSyntaxException("empty command!");
    }
    ShellToken first = tokens.get(pos++);
    if (first instanceof ShellToken.Operator op) {
      throw new LitSyntaxException(
          "syntax error near unexpected token " + PythonText.repr(op.symbol()));
    }
    List<ShellToken.Word> args = new ArrayList<>();
    args.add((ShellToken.Word) first);
    List<ShellNode.Redirect> redirects = new ArrayList<>();
    while (pos < tokens.size()) {
      ShellToken token = tokens.get(pos);
      if (token instanceof ShellToken.Word word) {
        args.add(word);
        pos++;
        continue;
      }
      ShellToken.Operator op = (ShellToken.Operator) token;
      if (op.isSeparator()) {
        break;
      }
      pos++;
      if (pos == tokens.size() || !(tokens.get(pos) instanceof ShellToken.Word target)) {
        throw new LitSyntaxException("syntax error near token " + PythonText.repr(op.symbol()));
      }
      pos++;
      redirects.add(new ShellNode.Redirect(op, target));
    }
    return new ShellNode.Command(List.copyOf(args), List.copyOf(redirects));
  }
}
