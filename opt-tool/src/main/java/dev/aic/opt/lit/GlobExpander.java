package dev.aic.opt.lit;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands unquoted {@code *} and {@code ?} in a word against the file system, as lit's {@code
 * GlobItem}: sorted absolute paths of the matches, or the pattern itself when nothing matches. Only
 * the last path component may hold glob characters.
 */
final class GlobExpander {
  private GlobExpander() {}

  static List<String> expand(ShellToken.Word word, Path cwd) {
    if (!word.glob()) {
      return List.of(word.text());
    }
    String pattern = word.text();
    int slash = pattern.lastIndexOf('/');
    String dirPart = slash < 0 ? "" : pattern.substring(0, slash + 1);
    String namePattern = pattern.substring(slash + 1);
    Path dir = dirPart.isEmpty() ? cwd : cwd.resolve(dirPart);
    List<String> matches = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, globOf(namePattern))) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        // Python's glob skips hidden files unless the pattern starts with a dot.
        if (!name.startsWith(".") || namePattern.startsWith(".")) {
          matches.add(dir.resolve(name).toString());
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(pattern);
    }
    if (matches.isEmpty()) {
      return List.of(pattern);
    }
    matches.sort(null);
    return matches;
  }

  /** A {@code glob:} filter that gives {@code [}, <code>{</code> and backslash no meaning. */
  private static String globOf(String namePattern) {
    StringBuilder glob = new StringBuilder();
    for (char c : namePattern.toCharArray()) {
      if ("[]{}\\".indexOf(c) >= 0) {
        glob.append('\\');
      }
      glob.append(c);
    }
    return glob.toString();
  }

  /** Expands every argument after the command name. */
  static List<String> expandArguments(List<ShellToken.Word> words, Path cwd) {
    List<String> out = new ArrayList<>();
    out.add(words.get(0).text());
    for (ShellToken.Word word : words.subList(1, words.size())) {
      out.addAll(expand(word, cwd));
    }
    return out;
  }
}
