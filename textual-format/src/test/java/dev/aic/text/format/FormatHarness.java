package dev.aic.text.format;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Parses ops of the format test dialects inside a wrapper op and prints them back. */
final class FormatHarness {
  /** The block arguments the snippets use, {@code %arg0} to {@code %arg6} once printed. */
  static final String ARGS =
      "%a: i32, %b: i32, %c: i1, %m: memref<4x?xf32>, %i: index, %t: tensor<4xf32>,"
          + " %v: vector<4xi32>";

  private FormatHarness() {}

  static Context context() {
    Context ctx = new Context();
    ctx.setAllowUnregisteredDialects(true);
    FormatTestDialect.NAMESPACES.forEach(ns -> ctx.loadDialect(new FormatTestDialect(ns)));
    return ctx;
  }

  /** {@code body} as the region of an unregistered {@code "test.r"} op with {@link #ARGS}. */
  static String wrap(String body) {
    return "\"test.r\"() ({\n^bb0(" + ARGS + "):\n" + body + "\n}) : () -> ()\n";
  }

  /** What parsing gave: the module, or the first diagnostic as {@code line:col: message}. */
  record Parsed(Operation module, String error) {}

  static Parsed parse(Context ctx, String text) {
    try (DiagnosticCapture capture = DiagnosticCapture.open(ctx.diagnostics())) {
      Optional<Operation> module = MlirParser.parse(ctx, new SourceFile("in.mlir", text), false);
      if (module.isPresent()) {
        return new Parsed(module.get(), null);
      }
      Diagnostic d = capture.diagnostics().get(0);
      FileLineColLoc at = d.location().filePosition();
      return new Parsed(null, at.line() + ":" + at.column() + ": " + d.message());
    }
  }

  static String print(Operation module) {
    return AsmPrinter.print(module, PrintOptions.DEFAULT);
  }

  static String printGeneric(Operation module) {
    return AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(true));
  }

  /**
   * The op lines aic prints for the ops of {@code body} (wrapped), without indentation, block
   * headers, the wrapper and the module.
   */
  static List<String> opLines(String printed) {
    List<String> lines = new ArrayList<>();
    for (String line : printed.split("\n")) {
      String s = line.strip();
      if (s.startsWith("^") || s.startsWith("module") || s.startsWith("\"test.r\"")) {
        continue;
      }
      if (s.equals("}) : () -> ()") || s.equals("}") && line.startsWith("}")) {
        continue;
      }
      lines.add(s);
    }
    return lines;
  }
}
