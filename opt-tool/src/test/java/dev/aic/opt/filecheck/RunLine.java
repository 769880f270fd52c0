package dev.aic.opt.filecheck;

import java.util.ArrayList;
import java.util.List;

/**
 * One lit {@code RUN:} line of the small shell subset the conformance files use: a pipeline of
 * commands, each optionally under {@code not}, with {@code 2>&1} and {@code < file}.
 */
record RunLine(List<RunLine.Command> pipeline) {
  /**
   * One command of a pipeline.
   *
   * @param negated whether it runs under {@code not}
   * @param words the program and its arguments
   * @param stdin the file redirected to its stdin, or null
   * @param mergeStderr whether {@code 2>&1} sends its stderr down the pipe
   */
  record Command(boolean negated, List<String> words, String stdin, boolean mergeStderr) {
    String program() {
      return words.get(0);
    }

    List<String> args() {
      return words.subList(1, words.size());
    }
  }

  /** The RUN lines of a lit file, with {@code %s} and {@code %t} substituted. */
  static List<RunLine> parse(String file, String source, String temp) {
    List<RunLine> lines = new ArrayList<>();
    StringBuilder pending = null;
    for (String line : file.split("\n", -1)) {
      int at = line.indexOf("RUN:");
      if (at < 0) {
        continue;
      }
      String body = line.substring(at + 4).strip();
      pending = pending == null ? new StringBuilder(body) : pending.append(' ').append(body);
      if (body.endsWith("\\")) {
        pending.setLength(pending.length() - 1);
        continue;
      }
      lines.add(of(pending.toString().replace("%s", source).replace("%t", temp)));
      pending = null;
    }
    return lines;
  }

  private static RunLine of(String text) {
    List<Command> pipeline = new ArrayList<>();
    for (List<String> stage : split(CommandLine.tokenize(text))) {
      boolean negated = false;
      boolean merge = false;
      String stdin = null;
      List<String> words = new ArrayList<>();
      for (int i = 0; i < stage.size(); i++) {
        String word = stage.get(i);
        if (words.isEmpty() && word.equals("not")) {
          negated = true;
        } else if (word.equals("2>&1")) {
          merge = true;
        } else if (word.equals("<")) {
          stdin = stage.get(++i);
        } else {
          words.add(word);
        }
      }
      pipeline.add(new Command(negated, List.copyOf(words), stdin, merge));
    }
    return new RunLine(List.copyOf(pipeline));
  }

  private static List<List<String>> split(List<String> words) {
    List<List<String>> stages = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String word : words) {
      if (word.equals("|")) {
        stages.add(current);
        current = new ArrayList<>();
      } else {
        current.add(word);
      }
    }
    stages.add(current);
    return stages;
  }
}
