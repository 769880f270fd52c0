package dev.aic.ir.loc;

import dev.aic.ir.AttrTypePrinter;
import java.util.Objects;

/**
 * A location inlined through a call, {@code callsite("callee.py":3:4 at "caller.py":10:2)}.
 *
 * @param callee where the code was written
 * @param caller where it was called from
 */
public record CallSiteLoc(Location callee, Location caller) implements Location {
  /** Validates the components. */
  public CallSiteLoc {
    Objects.requireNonNull(callee, "callee");
    Objects.requireNonNull(caller, "caller");
  }

  @Override
  public FileLineColLoc filePosition() {
    return callee.filePosition();
  }

  @Override
  public void printBody(AttrTypePrinter p) {
    p.print("callsite(").printLocation(callee).print(" at ").printLocation(caller).print(')');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof CallSiteLoc that
        && Objects.equals(callee, that.callee)
        && Objects.equals(caller, that.caller);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(callee);
    hash = 31 * hash + Objects.hashCode(caller);
    return hash;
  }
}
