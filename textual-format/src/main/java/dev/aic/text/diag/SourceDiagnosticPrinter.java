package dev.aic.text.diag;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticHandler;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.FusedLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import dev.aic.ir.loc.UnknownLoc;
import dev.aic.text.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * Writes diagnostics as {@code mlir-opt} does: {@code f.mlir:3:5: error: message}, the source line
 * (tabs expanded to stops of 8) and a caret under the column, then {@code called from} notes for
 * call-site locations and the diagnostic's notes; a note repeats the source line only when its
 * location differs from the previous one. Locations without a file position print as {@code
 * <unknown>:0: error: loc("name"): message}. Columns count UTF-8 bytes, as MLIR's do; a line with
 * non-ASCII characters is shown without a caret.
 *
 * <pre>{@code
 * SourceManager sources = new SourceManager().add(new SourceFile("f.mlir", text));
 * context.diagnostics().addHandler(new SourceDiagnosticPrinter(sources, System.err));
 * }</pre>
 */
public final class SourceDiagnosticPrinter implements DiagnosticHandler {
  /** How many {@code called from} notes MLIR prints for a call-site location by default. */
  public static final int DEFAULT_CALL_STACK_LIMIT = 10;

  private static final int TAB_STOP = 8;

  private final SourceManager sources;
  private final Appendable out;
  private int callStackLimit = DEFAULT_CALL_STACK_LIMIT;
  private int errorCount;

  /** A printer resolving locations in {@code sources} and writing to {@code out}. */
  public SourceDiagnosticPrinter(SourceManager sources, Appendable out) {
    this.sources = Objects.requireNonNull(sources, "sources");
    this.out = Objects.requireNonNull(out, "out");
  }

  /** The sources this printer shows lines from. */
  public SourceManager sources() {
    return sources;
  }

  /** Sets how many callers of a call-site location are shown; returns this. */
  public synchronized SourceDiagnosticPrinter setCallStackLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("negative call stack limit " + limit);
    }
    this.callStackLimit = limit;
    return this;
  }

  /** How many errors were printed. */
  public synchronized int errorCount() {
    return errorCount;
  }

  /** Prints the diagnostic; always handles it. */
  @Override
  public boolean handle(Diagnostic diagnostic) {
    print(diagnostic);
    return true;
  }

  /** Prints a diagnostic with its call stack and notes. */
  public synchronized void print(Diagnostic diagnostic) {
    if (diagnostic.severity() == Severity.ERROR) {
      errorCount++;
    }
    write(render(diagnostic));
  }

  /** Writes already rendered text to this printer's output. */
  public synchronized void write(String text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text {@link #print} writes for {@code diagnostic}; every line ends in a line break. */
  public synchronized String render(Diagnostic diagnostic) {
    StringBuilder text = new StringBuilder();
    Location location = diagnostic.location();
    text.append(render(location, diagnostic.severity(), diagnostic.message(), true));
    CallSiteLoc callSite = callSite(location);
    if (callSite != null) {
      location = callSite.caller();
      for (int depth = 0; depth < callStackLimit; depth++) {
        text.append(render(location, Severity.NOTE, "called from", true));
        callSite = callSite(location);
        if (callSite == null) {
          break;
        }
        location = callSite.caller();
      }
    }
    for (Note note : diagnostic.notes()) {
      boolean showSource = !location.equals(note.location());
      text.append(render(note.location(), Severity.NOTE, note.message(), showSource));
      location = note.location();
    }
    return text.toString();
  }

  /**
   * One entry, MLIR's {@code emitDiagnostic(loc, message, severity)}: the header, then the source
   * line and caret if {@code showSource} and the position is in a known source.
   */
  public String render(Location location, Severity severity, String message, boolean showSource) {
    FileLineColLoc position = SourceManager.fileLineCol(location);
    if (position == null) {
      String prefix = location instanceof UnknownLoc ? "" : location + ": ";
      return renderWithoutLocation(severity, prefix + message);
    }
    if (showSource) {
      String inSource = renderInSource(position, 0, severity, message);
      if (inSource != null) {
        return inSource;
      }
    }
    return position.file()
        + ":"
        + position.line()
        + ":"
        + position.column()
        + ": "
        + severity.label()
        + ": "
        + message
        + "\n";
  }

  /**
   * An entry at a source position with {@code rangeBytes} bytes from it underlined with {@code ~}
   * (on the position's line), as {@code --verify-diagnostics} marks expectations.
   */
  public String renderRange(
      FileLineColLoc position, int rangeBytes, Severity severity, String message) {
    String inSource = renderInSource(position, rangeBytes, severity, message);
    return inSource != null ? inSource : render(position, severity, message, false);
  }

  /** An entry at no position: {@code <unknown>:0: error: message}. */
  public String renderWithoutLocation(Severity severity, String message) {
    return "<unknown>:0: " + severity.label() + ": " + message + "\n";
  }

  private String renderInSource(
      FileLineColLoc position, int rangeBytes, Severity severity, String message) {
    if (position.line() == 0 || position.column() == 0) {
      return null;
    }
    SourceFile file = sources.find(position.file(), position.line()).orElse(null);
    if (file == null) {
      return null;
    }
    String line = file.lineText(position.line());
    int cr = line.indexOf('\r');
    if (cr >= 0) {
      line = line.substring(0, cr);
    }
    int column = position.column() - 1;
    if (column > utf8Length(line)) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    text.append(file.name().equals("-") ? "<stdin>" : file.name());
    text.append(':').append(position.line()).append(':').append(position.column());
    text.append(": ").append(severity.label()).append(": ").append(message).append('\n');
    appendSourceLine(text, line);
    if (isAscii(line)) {
      appendCaretLine(text, line, column, rangeBytes);
    }
    return text.toString();
  }

  private static void appendSourceLine(StringBuilder text, String line) {
    int outColumn = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\t') {
        text.append(c);
        outColumn += utf8Length(c);
        continue;
      }
      do {
        text.append(' ');
        outColumn++;
      } while (outColumn % TAB_STOP != 0);
    }
    text.append('\n');
  }

  private static void appendCaretLine(StringBuilder text, String line, int column, int range) {
    int length = line.length();
    char[] caret = new char[length + 1];
    Arrays.fill(caret, ' ');
    int rangeEnd = (int) Math.min((long) column + range, length);
    for (int i = column; i < rangeEnd; i++) {
      caret[i] = '~';
    }
    caret[Math.min(column, length)] = '^';
    int end = caret.length;
    while (end > 0 && caret[end - 1] == ' ') {
      end--;
    }
    int outColumn = 0;
    for (int i = 0; i < end; i++) {
      if (i >= length || line.charAt(i) != '\t') {
        text.append(caret[i]);
        outColumn++;
        continue;
      }
      do {
        text.append(caret[i]);
        outColumn++;
      } while (outColumn % TAB_STOP != 0);
    }
    text.append('\n');
  }

  private static CallSiteLoc callSite(Location location) {
    if (location instanceof NameLoc name) {
      return callSite(name.child());
    }
    if (location instanceof CallSiteLoc callSite) {
      return callSite;
    }
    if (location instanceof FusedLoc fused) {
      for (Location part : fused.locations()) {
        CallSiteLoc callSite = callSite(part);
        if (callSite != null) {
          return callSite;
        }
      }
    }
    return null;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** The number of UTF-8 bytes of {@code text}, MLIR's unit for columns. */
  static int utf8Length(CharSequence text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      bytes += utf8Length(text.charAt(i));
    }
    return bytes;
  }

  private static int utf8Length(char c) {
    if (c < 0x80) {
      return 1;
    }
    if (c < 0x800) {
      return 2;
    }
    return Character.isSurrogate(c) ? 2 : 3;
  }
}
