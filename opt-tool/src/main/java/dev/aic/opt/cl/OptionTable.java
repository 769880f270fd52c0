package dev.aic.opt.cl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The options a tool accepts, declared once: {@link CommandLineParser} parses with it and {@link
 * HelpFormatter} lists it.
 *
 * <p>The table is hand-made rather than picocli's because LLVM's conventions, which {@code
 * mlir-opt} users type and lit tests check, are not picocli's: long options with one or two dashes
 * ({@code -split-input-file}), values that may only follow {@code =} ({@code
 * --split-input-file[=marker]}), booleans set with {@code --flag=false}, the last occurrence
 * winning, and LLVM's exact error and help texts. Each of those would need a picocli override, and
 * the whole parser is smaller than those overrides.
 */
public final class OptionTable {
  private final Map<String, OptionSpec> byName = new LinkedHashMap<>();

  /** A table of {@code options}; names must be unique and aliases must name a declared option. */
  public OptionTable(List<OptionSpec> options) {
    for (OptionSpec option : options) {
      if (byName.putIfAbsent(option.name(), option) != null) {
        throw new IllegalArgumentException("option declared twice: " + option.name());
      }
    }
    for (OptionSpec option : options) {
      if (option.aliasOf() != null && !byName.containsKey(option.aliasOf())) {
        throw new IllegalArgumentException("alias of an undeclared option: " + option.name());
      }
    }
  }

  /** The options in declaration order. */
  public List<OptionSpec> options() {
    return List.copyOf(byName.values());
  }

  /** The option named {@code name} (without dashes). */
  public Optional<OptionSpec> lookup(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The spelling LLVM suggests for an unknown argument: the option name closest by edit distance to
   * {@code name} (without dashes), followed by {@code =value} if the argument had one. Ties go to
   * the option declared first.
   */
  public Optional<String> nearest(String name) {
    int equals = name.indexOf('=');
    String flag = equals < 0 ? name : name.substring(0, equals);
    String value = equals < 0 ? "" : name.substring(equals + 1);
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    OptionSpec best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (OptionSpec option : byName.values()) {
      int d = distance.apply(option.name(), flag);
      if (d < bestDistance) {
        best = option;
        bestDistance = d;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(value.isEmpty() ? best.name() : best.name() + "=" + value);
  }
}
