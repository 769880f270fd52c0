package dev.aic.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.ir.Context;
import dev.aic.text.diag.DiagnosticVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole buffers processed as {@code mlir-opt --split-input-file [--verify-diagnostics]
 * --allow-unregistered-dialect} does: the expected stdout, stderr and exit status in {@code
 * resources/dev/aic/text/processor/} are what mlir-opt-22 produced for the same input.
 */
class SourceProcessorTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = SourceProcessorTest.class.getResourceAsStream("processor/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"split", "verify", "verify-fails"})
  void behavesAsMlirOpt(String name) throws IOException {
    SourceFile file = new SourceFile(name + ".mlir", resource(name + ".mlir"));
    SourceProcessor.Options options =
        new SourceProcessor.Options(
            "// -----",
            "// -----",
            name.startsWith("verify") ? DiagnosticVerifier.Level.ALL : null,
            true,
            SourceProcessor.Options.DEFAULT.print(),
            false);
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    boolean ok = SourceProcessor.process(file, Context::new, options, m -> true, out, err);
    assertEquals(resource(name + ".out"), out.toString());
    assertEquals(resource(name + ".err"), err.toString());
    assertEquals(resource(name + ".rc").trim(), ok ? "0" : "1");
  }
}
