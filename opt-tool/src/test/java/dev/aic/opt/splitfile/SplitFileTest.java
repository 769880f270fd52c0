package dev.aic.opt.splitfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * split-file against LLVM 22's {@code split-file} on the same inputs: same exit status, same
 * messages, same files with the same bytes.
 */
class SplitFileTest {
  private static final Path REAL = Path.of("/usr/lib/llvm-22/bin/split-file");

  @TempDir Path dir;

  /** What one run produced. */
  private record Outcome(int status, String stderr, Map<String, String> files) {}

  private Outcome runJava(String input, List<String> options) throws IOException {
    Path work = Files.createDirectories(dir.resolve("java"));
    Files.writeString(work.resolve("in.txt"), input, StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(options);
    args.addAll(List.of("in.txt", "out"));
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            work,
            Map.of());
    int status = new SplitFile().run(args, io);
    return new Outcome(status, err.toString(StandardCharsets.UTF_8), tree(work.resolve("out")));
  }

  private Outcome runReal(String input, List<String> options)
      throws IOException, InterruptedException {
    Path work = Files.createDirectories(dir.resolve("real"));
    Files.writeString(work.resolve("in.txt"), input, StandardCharsets.ISO_8859_1);
    List<String> command = new ArrayList<>();
    command.add(REAL.toString());
    command.addAll(options);
    command.addAll(List.of("in.txt", "out"));
    Process p = new ProcessBuilder(command).directory(work.toFile()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = p.waitFor();
    return new Outcome(status, err, tree(work.resolve("out")));
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(p).toString(),
            new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private void assertSameAsLlvm(String input) throws Exception {
    assumeTrue(Files.isExecutable(REAL), "LLVM split-file 22 is not installed");
    for (List<String> options : List.of(List.<String>of(), List.of("--leading-lines"))) {
      deleteTree(dir.resolve("java"));
      deleteTree(dir.resolve("real"));
      Outcome real = runReal(input, options);
      Outcome java = runJava(input, options);
      assertEquals(real, java, "split-file " + options + " on " + input.replace("\n", "\\n"));
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void partsAndSubdirectories() throws Exception {
    assertSameAsLlvm("head\n//--- a.txt\nA1\nA2\n//--- sub/b.txt\nB\n#--- c\nC\n");
  }

  @Test
  void markerOnLastLineWithAndWithoutNewline() throws Exception {
    assertSameAsLlvm("x\n//--- a\n");
    assertSameAsLlvm("a\n//--- x\nX\n//--- last");
  }

  @Test
  void windowsLineEndings() throws Exception {
    assertSameAsLlvm("a\r\n//--- x\r\nX\r\n//--- y\r\nY");
  }

  @Test
  void errors() throws Exception {
    assertSameAsLlvm("no marker here\n");
    assertSameAsLlvm("//--- a\n//--- a\n//---  b\n//--- \n");
    assertSameAsLlvm("");
  }

  @Test
  void randomInputs() throws Exception {
    Random random = new Random(11);
    String[] lines = {
      "", "text", "\r", "//--- p", "#--- q", ";--- r/s", "//--- ", "// --- x", "x--- p"
    };
    for (int n = 0; n < 60; n++) {
      StringBuilder input = new StringBuilder();
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        input.append(lines[random.nextInt(lines.length)]);
        if (i < count - 1 || random.nextBoolean()) {
          input.append(random.nextInt(5) == 0 ? "\r\n" : "\n");
        }
      }
      assertSameAsLlvm(input.toString());
    }
  }

  @Test
  void usageErrors() throws IOException {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(new byte[0]),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            dir,
            Map.of());
    assertEquals(1, new SplitFile().run(List.of(), io));
    assertEquals(1, new SplitFile().run(List.of("in"), io));
    assertEquals(1, new SplitFile().run(List.of("-leading-lines", "a", "b"), io));
    assertEquals(
        "split-file: error: input filename is not specified\n"
            + "split-file: error: output directory is not specified\n"
            + "split-file: Unknown command line argument '-leading-lines'.  Try: 'split-file"
            + " --help'\n"
            + "split-file: Did you mean '--leading-lines'?\n",
        err.toString(StandardCharsets.UTF_8));
  }
}
