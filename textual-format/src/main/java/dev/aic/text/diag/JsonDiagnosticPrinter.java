package dev.aic.text.diag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticHandler;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes diagnostics for {@code --diagnostics-format=json}: one JSON object per diagnostic and
 * line,
 *
 * <pre>{@code
 * {"severity":"error","file":"f.mlir","line":3,"column":5,"message":"...",
 *  "notes":[{"severity":"note","file":"f.mlir","line":1,"column":1,"message":"..."}]}
 * }</pre>
 *
 * <p>The position is the file position inside the location ({@link SourceManager#fileLineCol});
 * where there is none, {@code file}, {@code line} and {@code column} are {@code null}.
 */
public final class JsonDiagnosticPrinter implements DiagnosticHandler {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Appendable out;

  /** A printer writing to {@code out}. */
  public JsonDiagnosticPrinter(Appendable out) {
    this.out = Objects.requireNonNull(out, "out");
  }

  /** Writes the diagnostic as one line of JSON; always handles it. */
  @Override
  public synchronized boolean handle(Diagnostic diagnostic) {
    try {
      out.append(toJson(diagnostic)).append('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  /** The JSON object for {@code diagnostic}, on one line. */
  public static String toJson(Diagnostic diagnostic) {
    try {
      return MAPPER.writeValueAsString(toTree(diagnostic));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  /** The JSON object for {@code diagnostic} as a tree. */
  public static ObjectNode toTree(Diagnostic diagnostic) {
    ObjectNode node = entry(diagnostic.severity(), diagnostic.location(), diagnostic.message());
    ArrayNode notes = node.putArray("notes");
    for (Note note : diagnostic.notes()) {
      notes.add(entry(Severity.NOTE, note.location(), note.message()));
    }
    return node;
  }

  private static ObjectNode entry(Severity severity, Location location, String message) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("severity", severity.label());
    FileLineColLoc position = SourceManager.fileLineCol(location);
    if (position == null) {
      node.putNull("file");
      node.putNull("line");
      node.putNull("column");
    } else {
      node.put("file", position.file());
      node.put("line", position.line());
      node.put("column", position.column());
    }
    node.put("message", message);
    return node;
  }
}
