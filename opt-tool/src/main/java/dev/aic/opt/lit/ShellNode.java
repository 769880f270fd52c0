package dev.aic.opt.lit;

import java.util.List;

/** A parsed shell command line: pipelines joined by {@code ; && ||}. */
public sealed interface ShellNode {
  /**
   * One command with its redirections.
   *
   * @param args the words, the command name first
   * @param redirects redirections in the order written
   */
  record Command(List<ShellToken.Word> args, List<Redirect> redirects) {}

  /**
   * A redirection such as {@code 2>&1} or {@code > %t}.
   *
   * @param op the operator, with its file descriptor if one was written
   * @param target the file name (or descriptor number for {@code >&})
   */
  record Redirect(ShellToken.Operator op, ShellToken.Word target) {}

  /**
   * Commands joined by {@code |}.
   *
   * @param commands at least one
   */
  record Pipeline(List<Command> commands) implements ShellNode {}

  /**
   * Two parts joined by a list operator; lit gives all operators the same precedence, left to
   * right.
   *
   * @param lhs runs first
   * @param op {@code ;}, {@code &}, {@code ||} or {@code &&}
   * @param rhs runs depending on {@code op} and the exit status of {@code lhs}
   */
  record Sequence(ShellNode lhs, String op, ShellNode rhs) implements ShellNode {}
}
