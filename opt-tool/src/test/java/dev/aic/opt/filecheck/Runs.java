package dev.aic.opt.filecheck;

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

/** Runs FileCheck, the Java one in-process or LLVM's as a process, and captures what it does. */
final class Runs {
  /** LLVM's FileCheck, the reference the Java one must agree with. */
  static final Path LLVM_FILECHECK = Path.of("/usr/lib/llvm-22/bin/FileCheck");

  private Runs() {}

  /**
   * What one run did.
   *
   * @param status its exit status
   * @param stdout what it wrote to stdout (one char per byte)
   * @param stderr what it wrote to stderr (one char per byte)
   */
  record Outcome(int status, String stdout, String stderr) {
    byte[] stdoutBytes() {
      return stdout.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  static boolean llvmAvailable() {
    return Files.isExecutable(LLVM_FILECHECK);
  }

  /** Runs the Java FileCheck in this JVM. */
  static Outcome java(List<String> args, byte[] stdin, Path directory, Map<String, String> env) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ToolIO io =
        new ToolIO(
            new ByteArrayInputStream(stdin),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            directory,
            env);
    int status = new FileCheckTool().run(args, io);
    return new Outcome(status, latin1(out.toByteArray()), latin1(err.toByteArray()));
  }

  /** Runs LLVM's FileCheck with {@code argv[0]} "FileCheck", as the Java one calls itself. */
  static Outcome llvm(List<String> args, byte[] stdin, Path directory, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add("-c");
    command.add("exec -a FileCheck \"$0\" \"$@\"");
    command.add(LLVM_FILECHECK.toString());
    command.addAll(args);
    Path in = Files.createTempFile(directory, "stdin", ".bin");
    Path out = Files.createTempFile(directory, "stdout", ".bin");
    Path err = Files.createTempFile(directory, "stderr", ".bin");
    try {
      Files.write(in, stdin);
      ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
      builder.environment().remove("FILECHECK_OPTS");
      builder.environment().putAll(env);
      builder.redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      int status = builder.start().waitFor();
      return new Outcome(status, latin1(Files.readAllBytes(out)), latin1(Files.readAllBytes(err)));
    } finally {
      Files.delete(in);
      Files.delete(out);
      Files.delete(err);
    }
  }

  private static String latin1(byte[] bytes) {
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }
}
