package dev.aic.opt.cl;

import java.util.List;
import java.util.Objects;

/**
 * One declared option: everything parsing and {@code --help} need to know about it.
 *
 * @param name the name without dashes, e.g. {@code split-input-file} or {@code o}
 * @param group the help category it is listed under, e.g. {@code General options}
 * @param kind how it takes a value
 * @param type what its value must look like (ignored for {@link ValueKind#FLAG})
 * @param valueName the placeholder in help, e.g. {@code filename} for {@code -o <filename>}
 * @param choices the accepted values of a {@link ValueType#CHOICE} option, in help order
 * @param help the one-line description
 * @param hidden whether only {@code --help-hidden} lists it
 * @param aliasOf the name of the option this one is an alias for ({@code -p} for {@code
 *     --pass-pipeline}), or {@code null}
 */
public record OptionSpec(
    String name,
    String group,
    ValueKind kind,
    ValueType type,
    String valueName,
    List<Choice> choices,
    String help,
    boolean hidden,
    String aliasOf) {

  /**
   * One accepted value of a choice option.
   *
   * @param value the value as typed; empty for the bare option of an {@link ValueKind#OPTIONAL} one
   * @param help its description
   */
  public record Choice(String value, String help) {}

  /** Checks that the parts fit together. */
  public OptionSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(help, "help");
    choices = List.copyOf(choices);
    if ((type == ValueType.CHOICE) == choices.isEmpty()) {
      throw new IllegalArgumentException("choices go with CHOICE options only: " + name);
    }
  }

  /** A boolean flag. */
  public static OptionSpec flag(String name, String group, String help) {
    return new OptionSpec(
        name, group, ValueKind.FLAG, ValueType.STRING, "", List.of(), help, false, null);
  }

  /** An option whose value must be given, of {@code type}, shown as {@code <valueName>}. */
  public static OptionSpec value(
      String name, String group, ValueType type, String valueName, String help) {
    return new OptionSpec(
        name, group, ValueKind.REQUIRED, type, valueName, List.of(), help, false, null);
  }

  /** A string option whose value may follow {@code =}. */
  public static OptionSpec optionalValue(String name, String group, String help) {
    return new OptionSpec(
        name, group, ValueKind.OPTIONAL, ValueType.STRING, "string", List.of(), help, false, null);
  }

  /** An option whose value is one of {@code choices}. */
  public static OptionSpec choice(
      String name, String group, ValueKind kind, String help, Choice... choices) {
    return new OptionSpec(
        name, group, kind, ValueType.CHOICE, "value", List.of(choices), help, false, null);
  }

  /**
   * A hidden alias of {@code target}, as LLVM's {@code cl::alias}: {@code -p} for {@code
   * --pass-pipeline}.
   */
  public static OptionSpec alias(String name, OptionSpec target) {
    return new OptionSpec(
        name,
        target.group,
        target.kind,
        target.type,
        target.valueName,
        target.choices,
        "Alias for " + dashed(target.name),
        true,
        target.name);
  }

  /** This option, listed by {@code --help-hidden} only. */
  public OptionSpec asHidden() {
    return new OptionSpec(name, group, kind, type, valueName, choices, help, true, aliasOf);
  }

  /** The name of the option this one sets: its own, or its alias target's. */
  public String target() {
    return aliasOf == null ? name : aliasOf;
  }

  /** A name with LLVM's dashes: one before a single letter ({@code -o}), two otherwise. */
  public static String dashed(String name) {
    return (name.length() == 1 ? "-" : "--") + name;
  }
}
