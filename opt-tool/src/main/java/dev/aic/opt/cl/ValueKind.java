package dev.aic.opt.cl;

/** How an option takes its value, as LLVM's {@code cl::ValueExpected} says. */
public enum ValueKind {
  /** A boolean: {@code --flag}, or {@code --flag=true|false|1|0}. */
  FLAG,
  /** A value that must be given: {@code --name=value}, or {@code --name value}. */
  REQUIRED,
  /** A value that may follow {@code =} only: {@code --name} or {@code --name=value}. */
  OPTIONAL
}
