package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the conformance suite in {@code tests/lit/filecheck}: every RUN line's pipeline with the
 * Java FileCheck (it must pass, as under lit), and every FileCheck invocation in it also with LLVM
 * FileCheck 22 on the same input, which must give the same exit status, stdout and stderr.
 */
class FileCheckConformanceTest {
  @TempDir Path temp;

  static Path suiteDirectory() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path suite = dir.resolve("tests/lit/filecheck");
      if (Files.isDirectory(suite)) {
        return suite;
      }
    }
    throw new IllegalStateException("no tests/lit/filecheck above " + here);
  }

  @TestFactory
  Stream<DynamicTest> conformance() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(suiteDirectory())) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.size() < 40, "expected 40+ conformance files, found " + files.size());
    return files.stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
  }

  private void run(Path file) throws IOException, InterruptedException {
    String text = Files.readString(file, StandardCharsets.ISO_8859_1);
    Path scratch = temp.resolve(file.getFileName() + ".tmp");
    List<RunLine> lines = RunLine.parse(text, file.toString(), scratch.toString());
    assertFalse(lines.isEmpty(), "no RUN lines");
    int compared = 0;
    for (RunLine line : lines) {
      compared += run(line);
    }
    Assumptions.assumeTrue(
        Runs.llvmAvailable() && compared > 0,
        "no LLVM FileCheck to compare with; only the Java pipelines were checked");
  }

  /** Runs one pipeline; returns how many FileCheck runs were compared with LLVM's. */
  private int run(RunLine line) throws IOException, InterruptedException {
    byte[] pipe = new byte[0];
    int compared = 0;
    for (RunLine.Command command : line.pipeline()) {
      byte[] stdin = command.stdin() == null ? pipe : Files.readAllBytes(Path.of(command.stdin()));
      Runs.Outcome outcome;
      switch (command.program()) {
        case "FileCheck" -> {
          outcome = Runs.java(command.args(), stdin, temp, Map.of());
          if (Runs.llvmAvailable()) {
            Runs.Outcome llvm = Runs.llvm(command.args(), stdin, temp, Map.of());
            String what = "FileCheck " + String.join(" ", command.args());
            assertEquals(llvm.stderr(), outcome.stderr(), "stderr of " + what);
            assertEquals(llvm.stdout(), outcome.stdout(), "stdout of " + what);
            assertEquals(llvm.status(), outcome.status(), "exit status of " + what);
            compared++;
          }
        }
        case "split-file" ->
            outcome =
                SplitFile.split(Path.of(command.args().get(0)), Path.of(command.args().get(1)));
        default -> {
          fail("unsupported command in RUN line: " + command.program());
          return compared;
        }
      }
      int status = command.negated() ? (outcome.status() == 0 ? 1 : 0) : outcome.status();
      assertEquals(0, status, "failed: " + command + "\n" + outcome.stderr());
      pipe =
          command.mergeStderr()
              ? (outcome.stdout() + outcome.stderr()).getBytes(StandardCharsets.ISO_8859_1)
              : outcome.stdoutBytes();
    }
    return compared;
  }
}
