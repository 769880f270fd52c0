package dev.aic.text.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.Severity;
import dev.aic.ir.loc.CallSiteLoc;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.ir.loc.Location;
import dev.aic.ir.loc.NameLoc;
import org.junit.jupiter.api.Test;

class JsonDiagnosticPrinterTest {
  @Test
  void oneObjectPerLineWithNotes() {
    Diagnostic diagnostic =
        new Diagnostic(Severity.ERROR, new FileLineColLoc("f.mlir", 4, 1), "redefinition of \"f\"")
            .withNote(new NameLoc("n", new FileLineColLoc("f.mlir", 1, 2)), "see here")
            .withNote(Location.unknown(), "somewhere");
    StringBuilder out = new StringBuilder();
    assertTrue(new JsonDiagnosticPrinter(out).handle(diagnostic));
    assertEquals(
        "{\"severity\":\"error\",\"file\":\"f.mlir\",\"line\":4,\"column\":1,"
            + "\"message\":\"redefinition of \\\"f\\\"\",\"notes\":["
            + "{\"severity\":\"note\",\"file\":\"f.mlir\",\"line\":1,\"column\":2,"
            + "\"message\":\"see here\"},"
            + "{\"severity\":\"note\",\"file\":null,\"line\":null,\"column\":null,"
            + "\"message\":\"somewhere\"}]}\n",
        out.toString());
  }

  @Test
  void callSiteUsesTheCallerWhenTheCalleeHasNoPosition() {
    Diagnostic diagnostic =
        new Diagnostic(
            Severity.REMARK,
            new CallSiteLoc(new NameLoc("x"), new FileLineColLoc("g.mlir", 7, 3)),
            "fused");
    assertEquals(
        "{\"severity\":\"remark\",\"file\":\"g.mlir\",\"line\":7,\"column\":3,"
            + "\"message\":\"fused\",\"notes\":[]}",
        JsonDiagnosticPrinter.toJson(diagnostic));
  }
}
