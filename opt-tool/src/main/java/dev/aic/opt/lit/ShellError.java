package dev.aic.opt.lit;

import java.util.List;

/**
 * lit's {@code InternalShellError}: a command the internal shell refuses or cannot start. It stops
 * the whole script with exit status 127.
 */
final class ShellError extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<String> args;

  ShellError(List<String> args, String message) {
    super(message);
    this.args = List.copyOf(args);
  }

  /** The command the error is about. */
  List<String> args() {
    return args;
  }
}
