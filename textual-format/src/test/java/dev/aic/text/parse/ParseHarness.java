package dev.aic.text.parse;

import dev.aic.ir.Context;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.diag.Diagnostic;
import dev.aic.ir.diag.DiagnosticCapture;
import dev.aic.ir.loc.FileLineColLoc;
import dev.aic.text.ParseException;
import dev.aic.text.SourceFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.provider.Arguments;

/** Runs the attribute and type parser over a snippet and keeps what it reported. */
final class ParseHarness {
  /** What a parse gave: a value, or the diagnostics it emitted. */
  record Result<T>(T value, List<Diagnostic> diagnostics) {
    /** The first error as {@code line:col: message}, or {@code null}. */
    String firstError() {
      if (diagnostics.isEmpty()) {
        return null;
      }
      Diagnostic d = diagnostics.get(0);
      FileLineColLoc at = d.location().filePosition();
      return at.line() + ":" + at.column() + ": " + d.message();
    }
  }

  private ParseHarness() {}

  /** A context that allows unregistered dialects, as {@code --allow-unregistered-dialect}. */
  /** The (input, expected) rows of a tab-separated table beside this class; # starts a comment. */
  static List<Arguments> table(String resource) throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = ParseHarness.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        rows.add(Arguments.of(cols[0], cols[1]));
      }
    }
    return rows;
  }

  static Context context() {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    return context;
  }

  /** Parses {@code text} with {@code parse}, which must consume all of it. */
  static <T> Result<T> parse(Context context, String text, Function<AttrTypeParser, T> parse) {
    ParserState state = new ParserState(context, new SourceFile("in.mlir", text));
    AttrTypeParser parser = new AttrTypeParser(state);
    try (DiagnosticCapture capture = DiagnosticCapture.open(context.diagnostics())) {
      T value = null;
      try {
        value = parse.apply(parser);
        if (!state.at(TokenCursor.EOF)) {
          throw state.errorExpected("end of input");
        }
      } catch (ParseException e) {
        value = null;
      }
      return new Result<>(value, capture.diagnostics());
    }
  }

  /** Parses one attribute filling all of {@code text}. */
  static Result<Attribute> attribute(Context context, String text) {
    return parse(context, text, p -> p.parseAttribute(null));
  }

  /**
   * Parses the attribute in {@code "t.op"() {a = <text>} : () -> ()} the way mlir-opt sees it, so
   * that reported columns are mlir-opt's: the dictionary is parsed and the rest is left alone.
   */
  static Result<Attribute> inTestOp(Context context, String text) {
    String source = "\"t.op\"() {a = " + text + "} : () -> ()";
    return parse(
        context,
        source,
        p -> {
          ParserState s = p.state();
          s.tokens().next();
          s.tokens().next();
          s.tokens().next();
          Attribute dict = p.parseAttributeDictionary();
          while (!s.at(TokenCursor.EOF)) {
            s.tokens().next();
          }
          return dict;
        });
  }
}
