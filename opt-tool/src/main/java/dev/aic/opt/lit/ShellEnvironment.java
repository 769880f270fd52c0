package dev.aic.opt.lit;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The internal shell's mutable state: working directory and environment variables. */
final class ShellEnvironment {
  private Path cwd;
  private final Map<String, String> env;

  ShellEnvironment(Path cwd, Map<String, String> env) {
    this.cwd = cwd;
    this.env = new HashMap<>(env);
  }

  /** A copy for one command ({@code env FOO=1 cmd} must not change the script's environment). */
  ShellEnvironment copy() {
    return new ShellEnvironment(cwd, env);
  }

  Path cwd() {
    return cwd;
  }

  Map<String, String> env() {
    return env;
  }

  /** {@code cd}: relative to the current directory; lit does not check that it exists. */
  void changeDirectory(String dir) {
    cwd = cwd.resolve(dir).normalize();
  }

  Path resolve(String name) {
    return cwd.resolve(name);
  }
}
