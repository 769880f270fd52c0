package dev.aic.opt.cl;

/** What an option's value must look like; LLVM names the type in its error messages. */
public enum ValueType {
  /** Any text. */
  STRING,
  /** A non-negative decimal integer. */
  UINT,
  /** One of the option's declared choices. */
  CHOICE
}
