package dev.aic.text.bench;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.verify.Verifier;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import dev.aic.text.print.Utf8Output;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The benchmark driver: parses, verifies and prints one file, as {@code mlir-opt FILE -o OUT} does,
 * so {@code bench/parse-print.sh} can time the two side by side. Until {@code aic-opt} exists, this
 * is the command line of the textual format.
 *
 * <p>Usage: {@code ParseVerifyPrint [--mlir-print-op-generic] [--allow-unregistered-dialect]
 * [--phases] IN OUT}; {@code --phases} reports the wall and process CPU time of each phase and the
 * total GC pause time on standard error. CPU time is the steadier figure when other processes share
 * the cores: it counts the work done (GC and JIT threads included), not the time spent waiting.
 */
public final class ParseVerifyPrint {
  private ParseVerifyPrint() {}

  /** Runs one parse, verify and print; exits 1 after a diagnosed error. */
  public static void main(String[] args) throws IOException {
    boolean generic = Arrays.asList(args).contains("--mlir-print-op-generic");
    boolean unregistered = Arrays.asList(args).contains("--allow-unregistered-dialect");
    boolean phases = Arrays.asList(args).contains("--phases");
    String[] files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    long start = System.nanoTime();
    long[] cpu = new long[5];
    cpu[0] = processCpu();
    Context context = new Context();
    context.setAllowUnregisteredDialects(unregistered);
    String text = Files.readString(Path.of(files[0]), StandardCharsets.UTF_8);
    long read = System.nanoTime();
    cpu[1] = processCpu();
    Operation module =
        MlirParser.parse(context, new SourceFile(files[0], text), false).orElse(null);
    long parsed = System.nanoTime();
    cpu[2] = processCpu();
    if (module == null || !Verifier.verify(module)) {
      System.exit(1);
    }
    long verified = System.nanoTime();
    cpu[3] = processCpu();
    try (OutputStream file =
        new BufferedOutputStream(Files.newOutputStream(Path.of(files[1])), 1 << 16)) {
      Utf8Output out = new Utf8Output(file);
      AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(generic), out);
      out.append('\n');
    }
    long printed = System.nanoTime();
    cpu[4] = processCpu();
    if (phases) {
      System.err.printf(
          "read %d ms, parse %d ms, verify %d ms, print %d ms%n",
          (read - start) / 1_000_000,
          (parsed - read) / 1_000_000,
          (verified - parsed) / 1_000_000,
          (printed - verified) / 1_000_000);
      System.err.printf(
          "cpu: read %d ms, parse %d ms, verify %d ms, print %d ms; gc pauses %d ms%n",
          (cpu[1] - cpu[0]) / 1_000_000,
          (cpu[2] - cpu[1]) / 1_000_000,
          (cpu[3] - cpu[2]) / 1_000_000,
          (cpu[4] - cpu[3]) / 1_000_000,
          ManagementFactory.getGarbageCollectorMXBeans().stream()
              .mapToLong(GarbageCollectorMXBean::getCollectionTime)
              .sum());
    }
  }

  /** The CPU time of the whole process so far, in nanoseconds. */
  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
