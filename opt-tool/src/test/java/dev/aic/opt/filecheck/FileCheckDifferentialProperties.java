package dev.aic.opt.filecheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Random check files and inputs over a small alphabet, run with the Java FileCheck and LLVM
 * FileCheck 22: both must give the same exit status, stdout and stderr.
 */
@AddLifecycleHook(FileCheckDifferentialProperties.SkipWithoutLlvm.class)
class FileCheckDifferentialProperties {
  /** Skips the properties when LLVM's FileCheck is not installed. */
  static final class SkipWithoutLlvm implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return Runs.llvmAvailable()
          ? SkipResult.doNotSkip()
          : SkipResult.skip("no LLVM FileCheck at " + Runs.LLVM_FILECHECK);
    }
  }

  /**
   * One random run.
   *
   * @param check the check file's text
   * @param input the input's text
   * @param options the command-line options
   */
  record Case(String check, String input, List<String> options) {}

  @Property(tries = 300, seed = "20261121")
  void javaAgreesWithLlvm(@ForAll("cases") Case run) throws Exception {
    Path dir = Files.createTempDirectory("filecheck-property");
    try {
      Path check = dir.resolve("check.txt");
      Files.write(check, run.check().getBytes(StandardCharsets.ISO_8859_1));
      List<String> args = new ArrayList<>(run.options());
      args.add("check.txt");
      byte[] stdin = run.input().getBytes(StandardCharsets.ISO_8859_1);
      Runs.Outcome llvm = Runs.llvm(args, stdin, dir, Map.of());
      Runs.Outcome java = Runs.java(args, stdin, dir, Map.of());
      String what = "check file:\n" + run.check() + "\ninput:\n" + run.input() + "\n" + args;
      assertEquals(llvm.stderr(), java.stderr(), "stderr for " + what);
      assertEquals(llvm.stdout(), java.stdout(), "stdout for " + what);
      assertEquals(llvm.status(), java.status(), "exit status for " + what);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> word =
        Arbitraries.of(
            "a", "b", "ab", "ba", "c", "aa", "1", "22", "a1", "\t", "x  y", "[[", "{{", "]]", "é",
            "-7", "ff", "CHECK:", "\r");
    Arbitrary<String> line = word.list().ofMaxSize(3).map(words -> String.join(" ", words));
    Arbitrary<String> input =
        Combinators.combine(line.list().ofMaxSize(7), Arbitraries.of("\n", ""))
            .as((lines, end) -> String.join("\n", lines) + end);
    Arbitrary<String> pattern =
        Arbitraries.oneOf(
            word,
            Combinators.combine(word, word).as((x, y) -> x + " " + y),
            Arbitraries.of(
                "{{a|b}}",
                "{{[ab]+}}",
                "{{^}}a",
                "b{{$}}",
                "[[V:[ab]+]]",
                "[[V]]",
                "[[#N:]]",
                "[[#N+1]]",
                "{{.}}",
                "a{{b*}}",
                "{{a|ab}}",
                "[[#%x,H:]]",
                "[[#H]]",
                "{{(a|ab)(b|c)}}",
                "[[@LINE]]",
                "X",
                "{{[[:digit:]]+}}",
                "[[#%d,S:]]",
                "[[#S+1]]",
                "[[#%.2x,H2:]]",
                "{{a|b|ab}}[[V2:x|y]]",
                "[[$G:a]]",
                "[[$G]]",
                "[[#N:N+1]]",
                "[[#add(N,1)]]",
                "{{(}}",
                "[[#]]",
                "[[@LINE+1]]",
                "a\tb",
                "  a",
                "[[W:a]] [[W]]",
                ""));
    Arbitrary<String> directive =
        Arbitraries.of(
            "CHECK:",
            "CHECK:",
            "CHECK-NEXT:",
            "CHECK-SAME:",
            "CHECK-NOT:",
            "CHECK-DAG:",
            "CHECK-LABEL:",
            "CHECK-EMPTY:",
            "CHECK-COUNT-2:",
            "CHECK{LITERAL}:",
            "CHECK-NEXT{LITERAL}:",
            "COM:",
            "CHECK-NOT{LITERAL}:",
            "X:",
            "CHECK-COUNT-1:",
            "CHECK_NEXT:");
    Arbitrary<String> checkLine =
        Combinators.combine(directive, pattern)
            .as((d, p) -> d.equals("CHECK-EMPTY:") ? d : d + " " + p);
    Arbitrary<String> check =
        checkLine.list().ofMinSize(1).ofMaxSize(5).map(lines -> String.join("\n", lines) + "\n");
    Arbitrary<List<String>> options =
        Arbitraries.of(
                "--match-full-lines",
                "--strict-whitespace",
                "--implicit-check-not=c",
                "--dump-input=always",
                "--dump-input=never",
                "--enable-var-scope",
                "--allow-empty",
                "-v",
                "-vv",
                "--dump-input-filter=all",
                "--ignore-case",
                "--check-prefixes=CHECK,X")
            .list()
            .uniqueElements()
            .ofMaxSize(3);
    return Combinators.combine(check, input, options).as(Case::new);
  }
}
