package dev.aic.ir.loc;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.attr.Attribute;
import java.util.List;

/**
 * Several locations merged into one, as when ops are fused: {@code fused["a", "b":1:1]}, with
 * optional metadata, {@code fused<"conv+relu">[...]}.
 *
 * @param locations the merged locations
 * @param metadata the metadata, or {@code null}
 */
public record FusedLoc(List<Location> locations, Attribute metadata) implements Location {
  /** Copies the locations. */
  public FusedLoc {
    locations = List.copyOf(locations);
  }

  @Override
  public FileLineColLoc filePosition() {
    for (Location location : locations) {
      FileLineColLoc position = location.filePosition();
      if (position != null) {
        return position;
      }
    }
    return null;
  }

  @Override
  public void printBody(AttrTypePrinter p) {
    p.print("fused");
    if (metadata != null) {
      p.print('<').printAttribute(metadata).print('>');
    }
    p.print('[');
    for (int i = 0; i < locations.size(); i++) {
      if (i > 0) {
        p.print(", ");
      }
      p.printLocation(locations.get(i));
    }
    p.print(']');
  }

  @Override
  public String toString() {
    return AttrTypePrinter.toText(this);
  }
}
