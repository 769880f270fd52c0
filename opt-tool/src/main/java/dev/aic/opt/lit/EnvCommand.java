package dev.aic.opt.lit;

import java.util.List;

/** lit's {@code env} handling: {@code -u NAME}, {@code -i} and {@code NAME=VALUE} words. */
final class EnvCommand {
  private EnvCommand() {}

  /**
   * Applies the assignments in {@code args} (after {@code args[0]}) to {@code env} and returns the
   * command that follows them, possibly empty.
   */
  static List<String> update(ShellEnvironment env, List<String> args) {
    int next = args.size();
    boolean unsetNext = false;
    for (int i = 1; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-u")) {
        unsetNext = true;
        continue;
      }
      if (arg.equals("-i")) {
        env.env().clear();
        continue;
      }
      if (unsetNext) {
        unsetNext = false;
        env.env().remove(arg);
        continue;
      }
      int eq = arg.indexOf('=');
      if (eq < 0) {
        next = i;
        break;
      }
      env.env().put(arg.substring(0, eq), arg.substring(eq + 1));
    }
    return args.subList(next, args.size());
  }
}
