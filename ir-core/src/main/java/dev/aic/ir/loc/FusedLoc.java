package dev.aic.ir.loc;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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

  /**
   * MLIR's {@code FusedLoc::get}, the canonical fusion that the parser builds from {@code
   * fused[...]} too: nested fused locations with the same metadata are flattened, unknown locations
   * and duplicates dropped; one location left without metadata is itself, none left is unknown (or
   * {@code fused<meta>[unknown]}). The constructor keeps the locations as given, which need not
   * read back as the same location.
   */
  public static Location get(Context ctx, List<Location> locations, Attribute metadata) {
    Set<Location> unique = new LinkedHashSet<>();
    for (Location location : locations) {
      if (location instanceof FusedLoc fused && Objects.equals(fused.metadata(), metadata)) {
        // A fused location of only unknowns keeps one to carry its metadata; flattened, it has
        // nothing to add, so that the result reads back as itself.
        fused.locations().stream().filter(l -> !(l instanceof UnknownLoc)).forEach(unique::add);
      } else if (!(location instanceof UnknownLoc)) {
        unique.add(location);
      }
    }
    if (unique.isEmpty()) {
      return metadata == null
          ? UnknownLoc.INSTANCE
          : ctx.intern(new FusedLoc(List.of(UnknownLoc.INSTANCE), metadata));
    }
    if (unique.size() == 1 && metadata == null) {
      return unique.iterator().next();
    }
    return ctx.intern(new FusedLoc(List.copyOf(unique), metadata));
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

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof FusedLoc that
        && Objects.equals(locations, that.locations)
        && Objects.equals(metadata, that.metadata);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(locations);
    hash = 31 * hash + Objects.hashCode(metadata);
    return hash;
  }
}
