package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * aic-lit and LLVM lit 22 run the same small suite with {@code -v}, one worker: the result lines,
 * the failure reports (scripts, executed commands, output boxes, exit statuses), the failing-test
 * lists and the summary must be the same text; only the elapsed time differs. XPASS is left out:
 * Debian patches its lit to count XPASS as a success, while upstream lit and aic-lit count it as a
 * failure.
 */
class LitRunnerDifferentialTest {
  @TempDir Path suite;

  private void write(String name, String text) throws Exception {
    Files.writeString(suite.resolve(name), text);
  }

  private String realLit(List<String> args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of(LitReference.LLVM_BIN.resolve("lit").toString()));
    command.addAll(args);
    Process p =
        new ProcessBuilder(command).directory(suite.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out;
  }

  private String aicLit(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
    new AicLit()
        .run(
            args,
            new ToolIO(
                new ByteArrayInputStream(new byte[0]), print, print, suite, System.getenv()));
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String withoutTime(String report) {
    return report.replaceAll("Testing Time: [0-9.]+s", "Testing Time: Ns");
  }

  private void writeConfig() throws Exception {
    write(
        "lit.cfg.py",
        String.join(
            "\n",
            "import lit.formats",
            "config.name = 'diff'",
            "config.test_format = lit.formats.ShTest(False)",
            "config.suffixes = ['.txt']",
            "config.environment['PATH'] = '/usr/lib/llvm-22/bin:' + config.environment['PATH']",
            ""));
  }

  private void assertSameReport() throws Exception {
    List<String> args = List.of("-v", "-j", "1", ".");
    String expected = withoutTime(realLit(args));
    Path output = suite.resolve("Output");
    // Both runners write there; start the second one from the same state.
    try (var walk = Files.walk(output)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertEquals(expected, withoutTime(aicLit(args)));
  }

  @Test
  void sameReportAsLlvmLit() throws Exception {
    LitReference.assumeInstalled();
    writeConfig();
    write("a-pass.txt", "// RUN: echo hi | FileCheck %s\n// CHECK: hi\n");
    write(
        "b-fail.txt",
        "// RUN: echo hi > %t\n// RUN: cat %t | FileCheck %s\n// RUN: echo never\n// CHECK: bye\n");
    // No XPASS here: Debian's lit counts it as a success, upstream lit (and aic-lit) as a failure.
    write("d-unsupported.txt", "// REQUIRES: nope\n// RUN: true\n");
    write("e-echo-redirect.txt", "// RUN: not echo 2>&1 %s\n");
    write("f-not-found.txt", "// RUN: no-such-tool-anywhere x | cat\n");
    write("g-unresolved.txt", "// RUN: echo a |\n");
    write("h-xfail.txt", "// XFAIL: *\n// RUN: not true\n");
    write(
        "i-output-file.txt",
        "// RUN: echo data > %t.out && not cat %t.missing 2> %t.err\n"
            + "// RUN: cat %t.missing > %t.out2\n");
    write("j-noparse.txt", "// REQUIRES: a &&\n// RUN: true\n");
    assertSameReport();
  }

  @Test
  void sameShellBehaviourAsLlvmLit() throws Exception {
    LitReference.assumeInstalled();
    writeConfig();
    write(
        "a.txt",
        String.join(
            "\n",
            "// RUN: not cat %t.nofile 2>&1 > %t.out | FileCheck --check-prefix=E %s",
            "// RUN: echo -n abc > %t.n",
            "// RUN: echo line1 > %t.d1",
            "// RUN: echo line2 > %t.d2",
            "// RUN: not diff -u %t.d1 %t.d2",
            "// RUN: env -u HOME FOO=bar printenv FOO | FileCheck --check-prefix=ENV %s",
            "// RUN: rm %t.never-existed",
            "// E: No such file",
            "// ENV: bar",
            ""));
    write("b.txt", "// RUN: mkdir %t.nodir/sub\n");
    write("c.txt", "// RUN: rm -f %t.d1 && echo x > %t.d1 && mkdir %t.d1\n");
    write(
        "e.txt",
        String.join(
            "\n",
            "// RUN: echo \"quote's\" \"a\\\"b\" 'c d' | FileCheck --check-prefix=Q %s",
            "// RUN: cat %s | not FileCheck --check-prefix=MISSING %s",
            "// Q: quote's a\"b c d",
            "// MISSING: nothing-like-this-appears-elsewhere{{$}}",
            ""));
    assertSameReport();
  }

  @Test
  void exitStatusIsLits() throws Exception {
    write("lit.cfg.py", "config.name = 's'\nconfig.suffixes = ['.txt']\n");
    write("ok.txt", "// RUN: true\n");
    assertEquals(0, new AicLit().run(List.of(suite.toString()), quietIo()));
    write("bad.txt", "// RUN: not true\n");
    assertEquals(1, new AicLit().run(List.of(suite.toString()), quietIo()));
    assertEquals(2, new AicLit().run(List.of(), quietIo()));
    assertEquals(2, new AicLit().run(List.of("--filter=zzz", suite.toString()), quietIo()));
    Files.delete(suite.resolve("bad.txt"));
    write("xpass.txt", "// XFAIL: *\n// RUN: true\n");
    assertEquals(1, new AicLit().run(List.of(suite.toString()), quietIo()));
  }

  private ToolIO quietIo() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return new ToolIO(
        new ByteArrayInputStream(new byte[0]), sink, sink, suite, Map.of("PATH", "/usr/bin:/bin"));
  }
}
