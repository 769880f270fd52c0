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
}
