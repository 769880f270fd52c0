package dev.aic.opt.cl;

/** What an option's value must look like; LLVM names the type in its error messages. */
public enum ValueType {
  /** Any text. */
  STRING,
  /** A non-negative decimal integer that fits in 32 bits unsigned, as LLVM's {@code unsigned}. */
  UINT,
  /** One of the option's declared choices. */
  CHOICE
}
