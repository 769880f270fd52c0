package dev.aic.ir.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticEngineTest {
  private final Location at = new FileLineColLoc("f.mlir", 3, 5);

  @Test
  void newestHandlerFirstAndUnhandledFallThrough() {
    DiagnosticEngine engine = new DiagnosticEngine();
    List<String> seen = new ArrayList<>();
    List<Diagnostic> fellThrough = new ArrayList<>();
    engine.setFallback(fellThrough::add);
    engine.addHandler(d -> seen.add("old:" + d.message()));
    engine.addHandler(
        d -> {
          seen.add("new:" + d.message());
          return d.severity() == Severity.ERROR;
        });
    engine.emit(new Diagnostic(Severity.ERROR, at, "e"));
    engine.emit(new Diagnostic(Severity.WARNING, at, "w"));
    assertEquals(List.of("new:e", "new:w", "old:w"), seen);
    assertEquals(List.of(), fellThrough);
  }

  @Test
  void captureIsScoped() {
    DiagnosticEngine engine = new DiagnosticEngine();
    List<Diagnostic> fellThrough = new ArrayList<>();
    engine.setFallback(fellThrough::add);
    try (DiagnosticCapture capture = DiagnosticCapture.open(engine)) {
      engine.emit(new Diagnostic(Severity.REMARK, at, "r"));
      assertFalse(capture.hasErrors());
      engine.emit(new Diagnostic(Severity.ERROR, at, "e"));
      assertTrue(capture.hasErrors());
      assertEquals(List.of("r", "e"), capture.messages());
    }
    engine.emit(new Diagnostic(Severity.ERROR, at, "after"));
    assertEquals(1, fellThrough.size());
  }

  @Test
  void plainTextIsMlirShaped() {
    Diagnostic d =
        new Diagnostic(Severity.ERROR, at, "redefinition of symbol named 'f'")
            .withNote(new FileLineColLoc("f.mlir", 1, 1), "see existing symbol definition here");
    assertEquals(
        "f.mlir:3:5: error: redefinition of symbol named 'f'\n"
            + "f.mlir:1:1: note: see existing symbol definition here",
        d.toString());
    assertEquals("f.mlir:3:5", Diagnostic.locationPrefix(new NameLoc("n", at)));
    assertEquals("loc(\"n\")", Diagnostic.locationPrefix(new NameLoc("n")));
  }
}
