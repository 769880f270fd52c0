package dev.aic.opt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.aic.ir.pass.instrument.Timer;
import dev.aic.ir.pass.instrument.TimingReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the {@code --mlir-timing} report after a run: mlir-opt's text report as a tree or a list,
 * or aic's JSON form of the timer tree: {@code {"name": "root", "seconds": 0.01, "count": 1,
 * "children": [...]}}.
 */
final class TimingOutput {
  private static final JsonFactory JSON = new JsonFactory();

  private TimingOutput() {}

  /** Prints {@code root} to {@code err} as {@code timing} says. */
  static void print(Timer root, OptOptions.Timing timing, PrintStream err) {
    switch (timing) {
      case TREE -> err.print(TimingReport.render(root, TimingReport.Display.TREE));
      case LIST -> err.print(TimingReport.render(root, TimingReport.Display.LIST));
      case JSON -> err.println(json(root));
    }
    err.flush();
  }

  /** The timer tree as one JSON document. */
  static String json(Timer root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      write(json, root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void write(JsonGenerator json, Timer timer) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", timer.name());
    json.writeNumberField("seconds", timer.nanos() / 1e9);
    json.writeNumberField("count", timer.count());
    json.writeArrayFieldStart("children");
    for (Timer child : timer.children()) {
      write(json, child);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
