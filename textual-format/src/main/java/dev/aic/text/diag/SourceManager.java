package dev.aic.text.diag;

import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sources diagnostics may point into, known by the name their locations carry, like the buffers
 * of MLIR's {@code llvm::SourceMgr}. Several files may share a name: split chunks keep the name of
 * the file they come from and cover different lines of it.
 *
 * <pre>{@code
 * SourceManager sources = new SourceManager().add(new SourceFile("f.mlir", text));
 * }</pre>
 */
public final class SourceManager {
  private final List<SourceFile> files = new ArrayList<>();

  /** An empty manager. */
  public SourceManager() {}

  /** Makes {@code file} known under its name, after the files added before; returns this. */
  public synchronized SourceManager add(SourceFile file) {
    files.add(Objects.requireNonNull(file, "file"));
    return this;
  }

  /** The known files, in the order they were added. */
  public synchronized List<SourceFile> files() {
    return List.copyOf(files);
  }

  /**
   * The first file added under {@code name} that holds file line {@code line} (its line offset
   * included); a file ending in a line break holds one more, empty, line.
   */
  public synchronized Optional<SourceFile> find(String name, int line) {
    for (int i = 0; i < files.size(); i++) {
      SourceFile file = files.get(i);
      if (file.name().equals(name)
          && line > file.lineOffset()
          && line <= file.lineOffset() + file.lineCount()) {
        return Optional.of(file);
      }
    }
    return Optional.empty();
  }

  /**
   * The first file position inside {@code location} in MLIR's pre-order walk: a file location
   * itself, the wrapped location of a name, the callee and then the caller of a call site, the
   * fused locations in order; {@code null} if there is none.
   */
  public static FileLineColLoc fileLineCol(Location location) {
    if (location instanceof FileLineColLoc position) {
      return position;
    }
    if (location instanceof NameLoc name) {
      return fileLineCol(name.child());
    }
    if (location instanceof CallSiteLoc callSite) {
      FileLineColLoc callee = fileLineCol(callSite.callee());
      return callee != null ? callee : fileLineCol(callSite.caller());
    }
    if (location instanceof FusedLoc fused) {
      for (Location part : fused.locations()) {
        FileLineColLoc position = fileLineCol(part);
        if (position != null) {
          return position;
        }
      }
      return null;
    }
    assert location instanceof UnknownLoc : "unexpected location kind " + location;
    return null;
  }
}
