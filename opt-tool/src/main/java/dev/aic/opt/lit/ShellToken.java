package dev.aic.opt.lit;

/** A token of lit's internal shell: a word (an argument) or an operator. */
public sealed interface ShellToken {
  /**
   * An argument with quotes and escapes removed.
   *
   * @param text the argument
   * @param glob whether an unquoted {@code *} or {@code ?} makes it a glob pattern
   */
  record Word(String text, boolean glob) implements ShellToken {}

  /**
   * An operator: {@code ; | || & && > >> >& &> < <& <<}.
   *
   * @param symbol the operator's spelling
   * @param fd the file descriptor written before a redirection ({@code 2>}), or -1
   */
  record Operator(String symbol, int fd) implements ShellToken {
    /** An operator without a file descriptor. */
    public static Operator of(String symbol) {
      return new Operator(symbol, -1);
    }

    /** Whether this operator separates commands rather than redirecting one. */
    public boolean isSeparator() {
      return fd < 0 && (symbol.equals("|") || isListOperator());
    }

    /** Whether this operator joins pipelines: {@code ; & || &&}. */
    public boolean isListOperator() {
      return fd < 0
          && (symbol.equals(";")
              || symbol.equals("&")
              || symbol.equals("||")
              || symbol.equals("&&"));
    }

    /** lit's spelling of the operator in messages: {@code ('>', 2)} or {@code ('>',)}. */
    String pythonTuple() {
      return fd < 0 ? "('" + symbol + "',)" : "('" + symbol + "', " + fd + ")";
    }
  }
}
