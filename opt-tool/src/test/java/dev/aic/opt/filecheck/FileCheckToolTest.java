package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's contract: registration, working directory, environment and exit statuses. */
class FileCheckToolTest {
  @TempDir Path dir;

  private Runs.Outcome run(String input, Map<String, String> env, String... args) {
    return Runs.java(List.of(args), input.getBytes(StandardCharsets.UTF_8), dir, env);
  }

  @Test
  void isRegisteredAsFileCheck() {
    assertTrue(
        ServiceLoader.load(dev.aic.opt.tool.Tool.class).stream()
            .anyMatch(tool -> tool.get().name().equals("FileCheck")));
  }

  @Test
  void passesAndFailsWithRelativePathsFromTheWorkingDirectory() throws Exception {
    Files.writeString(dir.resolve("c.txt"), "CHECK: hello\n");
    assertEquals(0, run("say hello\n", Map.of(), "c.txt").status());
    Runs.Outcome failed = run("bye\n", Map.of(), "--dump-input=never", "c.txt");
    assertEquals(1, failed.status());
    assertEquals(
        "c.txt:1:8: error: CHECK: expected string not found in input\n"
            + "CHECK: hello\n"
            + "       ^\n"
            + "<stdin>:1:1: note: scanning from here\n"
            + "bye\n"
            + "^\n"
            + "<stdin>:1:2: note: possible intended match here\n"
            + "bye\n"
            + " ^\n",
        failed.stderr());
  }

  @Test
  void readsOptionsFromFilecheckOpts() throws Exception {
    Files.writeString(dir.resolve("c.txt"), "CHECK: hello\n");
    Runs.Outcome failed = run("bye\n", Map.of("FILECHECK_OPTS", "--dump-input=never"), "c.txt");
    assertEquals(1, failed.status());
    assertTrue(!failed.stderr().contains("Input was:"), failed.stderr());
  }

  /** No file can have a NUL in its name; an in-process caller still gets the OS's kind of error. */
  @Test
  void aFileNameWithANulIsAnInvalidArgument() throws Exception {
    Files.writeString(dir.resolve("c.txt"), "CHECK: hello\n");
    Runs.Outcome outcome = run("", Map.of(), "--input-file=a\0b", "c.txt");
    assertEquals(2, outcome.status());
    assertEquals("Could not open input file 'a\0b': Invalid argument\n", outcome.stderr());
  }

  @Test
  void usageErrorsExitWithTwo() {
    Runs.Outcome outcome = run("", Map.of());
    assertEquals(2, outcome.status());
    assertEquals("<check-file> not specified\n", outcome.stderr());
  }

  @Test
  void badOptionsExitWithOneAsLlvmsCommandLineLibraryDoes() {
    Runs.Outcome outcome = run("", Map.of(), "--dump-input=sometimes", "c.txt");
    assertEquals(1, outcome.status());
    assertEquals(
        "FileCheck: for the --dump-input option: Cannot find option named 'sometimes'!\n",
        outcome.stderr());
  }

  @Test
  void nonAsciiInputKeepsItsBytes() throws Exception {
    Files.writeString(dir.resolve("c.txt"), "CHECK: héllo\n", StandardCharsets.UTF_8);
    assertEquals(0, run("say héllo\n", Map.of(), "c.txt").status());
  }
}
