package dev.aic.ir.loc;

import dev.aic.ir.AsmText;
import dev.aic.ir.AttrTypePrinter;
import java.util.Objects;

/**
 * A position in a source file, {@code "f.mlir":3:14}, or a range in it, {@code "f.mlir":3:14 to
 * :20} (same line) or {@code "f.mlir":3:14 to 5:2}. Lines and columns count from 1; column 0 means
 * "the whole line".
 *
 * @param file the file name as written
 * @param line the first line
 * @param column the first column
 * @param endLine the last line of a range, or {@code line} for a position
 * @param endColumn the last column of a range, or {@code column} for a position
 */
public record FileLineColLoc(String file, int line, int column, int endLine, int endColumn)
    implements Location {
  /** Validates the components. */
  public FileLineColLoc {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0 || endLine < line || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "bad range " + line + ":" + column + " to " + endLine + ":" + endColumn);
    }
  }

  /** A single position. */
  public FileLineColLoc(String file, int line, int column) {
    this(file, line, column, line, column);
  }

  /** Whether this location spans more than one position. */
  public boolean isRange() {
    return endLine != line || endColumn != column;
  }

  @Override
  public FileLineColLoc filePosition() {
    return this;
  }

  @Override
  public void printBody(AttrTypePrinter p) {
    p.print(AsmText.quoted(file)).print(':').print(Integer.toString(line));
    p.print(':').print(Integer.toString(column));
    if (isRange()) {
      p.print(" to ");
      if (endLine != line) {
        p.print(Integer.toString(endLine));
      }
      p.print(':').print(Integer.toString(endColumn));
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
    return other instanceof FileLineColLoc that
        && Objects.equals(file, that.file)
        && line == that.line
        && column == that.column
        && endLine == that.endLine
        && endColumn == that.endColumn;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Objects.hashCode(file);
    hash = 31 * hash + Integer.hashCode(line);
    hash = 31 * hash + Integer.hashCode(column);
    hash = 31 * hash + Integer.hashCode(endLine);
    hash = 31 * hash + Integer.hashCode(endColumn);
    return hash;
  }
}
