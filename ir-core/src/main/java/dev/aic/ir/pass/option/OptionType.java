package dev.aic.ir.pass.option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The value type of a pass option: how its text parses, prints and is described in help ({@code
 * <int>}, {@code <string>}, an enum's values). Parsing throws {@link OptionException} with a
 * message in the words of MLIR's command-line library.
 *
 * @param <T> the Java type of a parsed value
 */
public sealed interface OptionType<T>
    permits OptionType.IntType,
        OptionType.UintType,
        OptionType.BoolType,
        OptionType.StringType,
        OptionType.EnumType,
        OptionType.ListType {
  /** Parses one value written in pipeline text, already without its enclosing braces or quotes. */
  T parse(String optionName, String text);

  /** The value as the pipeline printer writes it, so that parsing it gives it back. */
  String print(T value);

  /** The placeholder help shows after {@code =}: {@code int}, {@code string}, {@code value}. */
  String valueName();

  /** Signed 64-bit integers, decimal or {@code 0x} hexadecimal. */
  OptionType<Long> INT = new IntType();

  /**
   * Unsigned 32-bit integers, decimal or {@code 0x} hexadecimal, as LLVM's {@code
   * cl::opt<unsigned>} takes them: a negative or too large value is an error.
   */
  OptionType<Long> UINT = new UintType();

  /** Booleans: {@code true}, {@code false}, {@code 1}, {@code 0}; a bare name means true. */
  OptionType<Boolean> BOOL = new BoolType();

  /** Strings, taken verbatim. */
  OptionType<String> STRING = new StringType();

  /** An enum option whose values are the lower-case, dash-separated names of its constants. */
  static <E extends Enum<E>> OptionType<E> enumOf(Class<E> type) {
    return new EnumType<>(type);
  }

  /** A comma-separated list of {@code element} values. */
  static <E> OptionType<List<E>> listOf(OptionType<E> element) {
    return new ListType<>(element);
  }

  /** {@link #INT}. */
  record IntType() implements OptionType<Long> {
    @Override
    public Long parse(String optionName, String text) {
      try {
        return parseNumber(text);
      } catch (NumberFormatException e) {
        throw new OptionException(
            "for the --"
                + optionName
                + " option: '"
                + text
                + "' value invalid for integer argument!");
      }
    }

    @Override
    public String print(Long value) {
      return value.toString();
    }

    @Override
    public String valueName() {
      return "int";
    }

    /** A decimal or {@code 0x} hexadecimal {@code long}, around white space. */
    static long parseNumber(String text) {
      String t = text.trim();
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseLong(t.substring(2), 16);
      }
      return Long.parseLong(t);
    }
  }

  /** {@link #UINT}. */
  record UintType() implements OptionType<Long> {
    private static final long MAX = 0xFFFF_FFFFL;

    @Override
    public Long parse(String optionName, String text) {
      try {
        long value = IntType.parseNumber(text);
        if (value >= 0 && value <= MAX) {
          return value;
        }
      } catch (NumberFormatException e) {
        // Reported below, in the words LLVM uses for every bad unsigned value.
      }
      throw new OptionException(
          "for the --" + optionName + " option: '" + text + "' value invalid for uint argument!");
    }

    @Override
    public String print(Long value) {
      return value.toString();
    }

    @Override
    public String valueName() {
      return "uint";
    }
  }

  /** {@link #BOOL}. */
  record BoolType() implements OptionType<Boolean> {
    @Override
    public Boolean parse(String optionName, String text) {
      switch (text.trim()) {
        case "", "true", "TRUE", "True", "1":
          return true;
        case "false", "FALSE", "False", "0":
          return false;
        default:
          throw new OptionException(
              "for the --"
                  + optionName
                  + " option: '"
                  + text
                  + "' is invalid value for boolean argument! Try 0 or 1");
      }
    }

    @Override
    public String print(Boolean value) {
      return value.toString();
    }

    @Override
    public String valueName() {
      return "";
    }
  }

  /** {@link #STRING}. */
  record StringType() implements OptionType<String> {
    @Override
    public String parse(String optionName, String text) {
      return text;
    }

    /** Braces keep spaces, commas and quotes inside the value, as MLIR prints strings. */
    @Override
    public String print(String value) {
      return value.isEmpty() || value.chars().anyMatch(c -> " ,{}\"'=".indexOf(c) >= 0)
          ? "{" + value + "}"
          : value;
    }

    @Override
    public String valueName() {
      return "string";
    }
  }

  /**
   * {@link #enumOf}.
   *
   * @param type the enum class
   * @param <E> the enum
   */
  record EnumType<E extends Enum<E>>(Class<E> type) implements OptionType<E> {
    /** The spelling of a constant: {@code ONE_TWO} is {@code one-two}. */
    public static String spelling(Enum<?> constant) {
      return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The spellings of all constants, in declaration order. */
    public List<String> spellings() {
      List<String> out = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        out.add(spelling(constant));
      }
      return out;
    }

    @Override
    public E parse(String optionName, String text) {
      for (E constant : type.getEnumConstants()) {
        if (spelling(constant).equals(text.trim())) {
          return constant;
        }
      }
      throw new OptionException(
          "for the --" + optionName + " option: Cannot find option named '" + text + "'!");
    }

    @Override
    public String print(E value) {
      return spelling(value);
    }

    @Override
    public String valueName() {
      return "value";
    }
  }

  /**
   * {@link #listOf}.
   *
   * @param element the type of each element
   * @param <E> the element's Java type
   */
  record ListType<E>(OptionType<E> element) implements OptionType<List<E>> {
    @Override
    public List<E> parse(String optionName, String text) {
      List<E> out = new ArrayList<>();
      for (String item : OptionText.splitList(text)) {
        out.add(element.parse(optionName, OptionText.unwrap(item)));
      }
      return List.copyOf(out);
    }

    @Override
    public String print(List<E> value) {
      List<String> items = new ArrayList<>();
      for (E item : value) {
        items.add(element.print(item));
      }
      return "{" + String.join(",", items) + "}";
    }

    @Override
    public String valueName() {
      return element.valueName();
    }
  }
}
