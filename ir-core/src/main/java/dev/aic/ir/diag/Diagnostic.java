package dev.aic.ir.diag;

import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import java.util.List;
import java.util.Objects;

/**
 * A message for the user about the IR: an error, warning or remark at a location, with notes.
 *
 * @param severity error, warning or remark
 * @param location where it points
 * @param message the text, without a trailing period as MLIR writes them
 * @param notes the attached notes, in order
 */
public record Diagnostic(Severity severity, Location location, String message, List<Note> notes) {
  /** Validates the components and copies the notes. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    notes = List.copyOf(notes);
  }

  /** A diagnostic without notes. */
  public Diagnostic(Severity severity, Location location, String message) {
    this(severity, location, message, List.of());
  }

  /** This diagnostic with one more note. */
  public Diagnostic withNote(Location noteLocation, String noteMessage) {
    Note[] all = notes.toArray(new Note[notes.size() + 1]);
    all[notes.size()] = new Note(noteLocation, noteMessage);
    return new Diagnostic(severity, location, message, List.of(all));
  }

  /**
   * The plain one-line-per-entry form, {@code f.mlir:3:5: error: message} followed by the notes;
   * the textual format adds the source line and caret when it knows the source.
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    appendLine(out, location, severity, message);
    for (Note note : notes) {
      out.append('\n');
      appendLine(out, note.location(), Severity.NOTE, note.message());
    }
    return out.toString();
  }

  /**
   * The prefix MLIR prints before a message: {@code file:line:col} of the position a location
   * points at, or the location itself when it points at no file.
   */
  public static String locationPrefix(Location location) {
    FileLineColLoc position = location.filePosition();
    if (position == null) {
      return location.toString();
    }
    return position.file() + ":" + position.line() + ":" + position.column();
  }

  private static void appendLine(
      StringBuilder out, Location location, Severity severity, String message) {
    out.append(locationPrefix(location)).append(": ").append(severity.label()).append(": ");
    out.append(message);
  }
}
