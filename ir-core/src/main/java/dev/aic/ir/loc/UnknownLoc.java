package dev.aic.ir.loc;

import dev.aic.ir.AttrTypePrinter;

/** The location of IR that comes from nowhere in particular: {@code loc(unknown)}. */
public record UnknownLoc() implements Location {
  /** The one unknown location. */
  public static final UnknownLoc INSTANCE = new UnknownLoc();

  @Override
  public void printBody(AttrTypePrinter p) {
    p.print("unknown");
  }

  @Override
  public String toString() {
    return "loc(unknown)";
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownLoc;
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
