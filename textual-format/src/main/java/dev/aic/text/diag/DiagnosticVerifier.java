package dev.aic.text.diag;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticEngine;
import dev.aic.ir.diag.DiagnosticHandler;
import dev.aic.ir.diag.Note;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.text.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@code --verify-diagnostics} as in MLIR 22: a handler that checks each diagnostic, and each of
 * its notes, against the {@link ExpectedDiagnostic expected-*} comments of the known sources
 * instead of printing it. A diagnostic matches an expectation on its file line whose text it
 * contains; if only the severity differs the verifier reports {@code 'error' diagnostic emitted
 * when expecting a 'warning'} at the expectation, otherwise {@code unexpected error: message} at
 * the diagnostic. One expectation may absorb several diagnostics. {@link #verify()} then reports
 * each expectation no diagnostic matched, {@code expected error "foo" was not produced}, with the
 * expected text underlined. All messages are errors written through the printer; the run fails
 * (exit status 1) when {@code verify()} returns false.
 *
 * <pre>{@code
 * SourceManager sources = new SourceManager().add(file);
 * try (DiagnosticVerifier verifier =
 *     new DiagnosticVerifier(new SourceDiagnosticPrinter(sources, System.err), Level.ALL)) {
 *   verifier.attach(context.diagnostics());
 *   ... parse and run passes ...
 *   exitCode = verifier.verify() ? 0 : 1;
 * }
 * }</pre>
 */
public final class DiagnosticVerifier implements DiagnosticHandler, AutoCloseable {
  /** Which diagnostics are checked, MLIR's {@code --verify-diagnostics=<level>}. */
  public enum Level {
    /** Every diagnostic must be expected, and every expectation produced ({@code all}). */
    ALL,
    /** Only expectations are checked; unexpected diagnostics pass ({@code only-expected}). */
    ONLY_EXPECTED
  }

  /** An expectation and whether a diagnostic matched it. */
  private static final class Entry {
    final ExpectedDiagnostic expected;
    boolean matched;

    Entry(ExpectedDiagnostic expected) {
      this.expected = expected;
    }
  }

  private final SourceDiagnosticPrinter printer;
  private final Level level;
  private final Map<String, List<Entry>> perFile = new LinkedHashMap<>();
  private final List<Entry> unknownLocation = new ArrayList<>();
  private final Set<SourceFile> scanned = Collections.newSetFromMap(new IdentityHashMap<>());
  private DiagnosticEngine engine;
  private boolean failed;

  /**
   * A verifier for the expectations in every source of {@code printer}'s manager, reporting through
   * {@code printer}. Malformed {@code -re} expectations are reported at once.
   */
  public DiagnosticVerifier(SourceDiagnosticPrinter printer, Level level) {
    this.printer = Objects.requireNonNull(printer, "printer");
    this.level = Objects.requireNonNull(level, "level");
    synchronized (this) {
      for (SourceFile file : printer.sources().files()) {
        scan(file);
      }
    }
  }

  /** Installs this verifier as the newest handler of {@code engine}; {@link #close} removes it. */
  public synchronized DiagnosticVerifier attach(DiagnosticEngine engine) {
    if (this.engine != null) {
      throw new IllegalStateException("verifier already attached");
    }
    this.engine = engine;
    engine.addHandler(this);
    return this;
  }

  /** Stops receiving diagnostics from the attached engine, without verifying. */
  public synchronized void detach() {
    if (engine != null) {
      engine.removeHandler(this);
      engine = null;
    }
  }

  /** The expectations not matched yet, in file order, then those at unknown locations. */
  public synchronized List<ExpectedDiagnostic> pending() {
    List<ExpectedDiagnostic> pending = new ArrayList<>();
    for (List<Entry> entries : perFile.values()) {
      entries.stream().filter(e -> !e.matched).forEach(e -> pending.add(e.expected));
    }
    unknownLocation.stream().filter(e -> !e.matched).forEach(e -> pending.add(e.expected));
    return pending;
  }

  /** Checks the diagnostic and its notes; always handles it. */
  @Override
  public synchronized boolean handle(Diagnostic diagnostic) {
    process(diagnostic.location(), diagnostic.message(), diagnostic.severity());
    for (Note note : diagnostic.notes()) {
      process(note.location(), note.message(), Severity.NOTE);
    }
    return true;
  }

  /**
   * Reports every expectation no diagnostic matched and forgets the file expectations (those at
   * unknown locations stay, as in MLIR).
   *
   * @return whether verification succeeded: no malformed, unmatched or unexpected diagnostic so far
   */
  public synchronized boolean verify() {
    for (List<Entry> entries : perFile.values()) {
      for (Entry entry : entries) {
        if (!entry.matched) {
          ExpectedDiagnostic expected = entry.expected;
          printer.write(
              printer.renderRange(
                  expected.position(),
                  SourceDiagnosticPrinter.utf8Length(expected.text()),
                  Severity.ERROR,
                  notProduced(expected)));
          failed = true;
        }
      }
    }
    for (Entry entry : unknownLocation) {
      if (!entry.matched) {
        printer.write(printer.renderWithoutLocation(Severity.ERROR, notProduced(entry.expected)));
        failed = true;
      }
    }
    perFile.clear();
    scanned.clear();
    return !failed;
  }

  /**
   * Detaches from the engine and verifies once more, as MLIR's handler does when destroyed: with
   * mlir-opt, unmatched {@code @unknown} expectations are therefore reported twice.
   */
  @Override
  public synchronized void close() {
    detach();
    verify();
  }

  private void scan(SourceFile file) {
    scanned.add(file);
    List<Entry> entries = perFile.computeIfAbsent(file.name(), name -> new ArrayList<>());
    for (ExpectedDiagnostic expected : ExpectedDiagnostic.parse(file)) {
      if (expected.error() != null) {
        printer.write(
            printer.renderRange(
                expected.position(),
                SourceDiagnosticPrinter.utf8Length(expected.text()),
                Severity.ERROR,
                expected.error()));
        failed = true;
      } else if (expected.unknownLocation()) {
        unknownLocation.add(new Entry(expected));
      } else {
        entries.add(new Entry(expected));
      }
    }
  }

  private List<Entry> expectationsOf(String fileName) {
    if (!perFile.containsKey(fileName)) {
      for (SourceFile file : printer.sources().files()) {
        if (file.name().equals(fileName) && !scanned.contains(file)) {
          scan(file);
        }
      }
    }
    return perFile.getOrDefault(fileName, List.of());
  }

  private void process(Location location, String message, Severity severity) {
    FileLineColLoc position = SourceManager.fileLineCol(location);
    List<Entry> candidates = position != null ? expectationsOf(position.file()) : unknownLocation;
    Entry nearMiss = null;
    for (Entry entry : candidates) {
      if (position != null && position.line() != entry.expected.line()) {
        continue;
      }
      if (entry.expected.matches(message)) {
        if (entry.expected.severity() == severity) {
          entry.matched = true;
          return;
        }
        nearMiss = entry;
      }
    }
    if (level == Level.ONLY_EXPECTED) {
      return;
    }
    if (nearMiss != null) {
      String text =
          "'"
              + severity.label()
              + "' diagnostic emitted when expecting a '"
              + nearMiss.expected.severity().label()
              + "'";
      printer.write(
          nearMiss.expected.unknownLocation()
              ? printer.renderWithoutLocation(Severity.ERROR, text)
              : printer.renderRange(nearMiss.expected.position(), 0, Severity.ERROR, text));
    } else {
      printer.write(
          printer.render(
              location, Severity.ERROR, "unexpected " + severity.label() + ": " + message, true));
    }
    failed = true;
  }

  private static String notProduced(ExpectedDiagnostic expected) {
    return "expected "
        + expected.severity().label()
        + " \""
        + expected.text()
        + "\" was not produced";
  }
}
