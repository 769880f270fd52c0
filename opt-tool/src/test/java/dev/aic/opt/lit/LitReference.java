package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs LLVM lit 22's own Python modules (ShLexer, BooleanExpression, ...) on inputs, so tests can
 * compare the Java runner with the real thing. Tests that use it are skipped where lit is not
 * installed.
 */
final class LitReference {
  static final Path LIT_DIR = Path.of("/usr/lib/llvm-22/utils/lit");
  static final Path LLVM_BIN = Path.of("/usr/lib/llvm-22/bin");
  private static final ObjectMapper JSON = new ObjectMapper();

  private LitReference() {}

  static void assumeInstalled() {
    assumeTrue(Files.isDirectory(LIT_DIR.resolve("lit")), "LLVM lit 22 is not installed");
  }

  /**
   * Runs {@code script} (Python reading JSON {@code input} from stdin as {@code data} and assigning
   * {@code result}) and returns {@code result} as JSON.
   */
  static JsonNode run(String script, Object input) throws IOException, InterruptedException {
    assumeInstalled();
    String program =
        "import sys, json\nsys.path.insert(0, "
            + JSON.writeValueAsString(LIT_DIR.toString())
            + ")\ndata = json.load(sys.stdin)\n"
            + script
            + "\njson.dump(result, sys.stdout)\n";
    Process p = new ProcessBuilder("python3", "-c", program).redirectErrorStream(false).start();
    try (var in = p.getOutputStream()) {
      in.write(JSON.writeValueAsBytes(input));
    }
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("python failed: " + err);
    }
    return JSON.readTree(out);
  }
}
