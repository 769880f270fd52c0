package dev.aic.text.diag;

import dev.aic.text.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the inputs and mlir-opt-22 outputs under {@code src/test/resources/dev/aic/text/diag}
 * ({@code regen.sh} there recreates the outputs).
 */
final class Golden {
  private Golden() {}

  /** The text of resource {@code dir/name}. */
  static String read(String dir, String name) {
    try (InputStream in = Golden.class.getResourceAsStream(dir + "/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + dir + "/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Input {@code dir/name} as a source named as mlir-opt saw it. */
  static SourceFile source(String dir, String name) {
    return new SourceFile(name, read(dir, name));
  }
}
