package dev.aic.opt.cl;

import java.util.List;
import java.util.Map;

/**
 * A parsed command line: the value of each option given (the last occurrence wins, as in LLVM) and
 * the positional arguments. Options are keyed by the name of the option an alias stands for.
 *
 * @param values each given option's value; {@code "true"} or {@code "false"} for flags, {@code ""}
 *     for an optional value left out
 * @param positional the arguments that are not options, in order
 * @param occurrences every option given, in command-line order, repeats included (pass flags run in
 *     the order they are written)
 */
public record CommandLine(
    Map<String, String> values, List<String> positional, List<Occurrence> occurrences) {
  /**
   * One option as given.
   *
   * @param name the option's name (an alias's target)
   * @param value its value, as stored in {@link #values}
   */
  public record Occurrence(String name, String value) {}

  /** Copies the parts. */
  public CommandLine {
    values = Map.copyOf(values);
    positional = List.copyOf(positional);
    occurrences = List.copyOf(occurrences);
  }

  /** Whether the option was given at all. */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** Whether the flag was given and not set to false. */
  public boolean flag(String name) {
    return Boolean.parseBoolean(values.getOrDefault(name, "false"));
  }

  /** The option's value if it was given, else {@code fallback} (which may be {@code null}). */
  public String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }
}
