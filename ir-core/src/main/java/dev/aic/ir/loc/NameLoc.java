package dev.aic.ir.loc;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import java.util.Objects;

/**
 * A named location, {@code "relu1"}, optionally wrapping where the name came from, {@code
 * "relu1"("model.py":3:4)}.
 *
 * @param name the name
 * @param child the wrapped location, or {@link UnknownLoc} when there is none
 */
public record NameLoc(String name, Location child) implements Location {
  /** Validates the components. */
  public NameLoc {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(child, "child");
  }

  /** A name without a wrapped location. */
  public NameLoc(String name) {
    this(name, UnknownLoc.INSTANCE);
  }

  @Override
  public FileLineColLoc filePosition() {
    return child.filePosition();
  }

  @Override
  public void printBody(AttrTypePrinter p) {
    p.print(AsmText.quoted(name));
    if (!(child instanceof UnknownLoc)) {
      p.print('(').printLocation(child).print(')');
    }
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof NameLoc that
        && Objects.equals(name, that.name)
        && Objects.equals(child, that.child);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(name);
    hash = 31 * hash + Objects.hashCode(child);
    return hash;
  }
}
