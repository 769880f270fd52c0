package dev.aic.text.bench;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import dev.aic.text.print.AsmPrinter;
import dev.aic.text.print.PrintOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The benchmark driver: parses, verifies and prints one file, as {@code mlir-opt FILE -o OUT} does,
 * so {@code bench/parse-print.sh} can time the two side by side. Until {@code aic-opt} exists, this
 * is the command line of the textual format.
 *
 * <p>Usage: {@code ParseVerifyPrint [--generic] [--allow-unregistered-dialect] IN OUT}
 */
public final class ParseVerifyPrint {
  private ParseVerifyPrint() {}

  /** Runs one parse, verify and print; exits 1 after a diagnosed error. */
  public static void main(String[] args) throws IOException {
    boolean generic = Arrays.asList(args).contains("--mlir-print-op-generic");
    boolean unregistered = Arrays.asList(args).contains("--allow-unregistered-dialect");
    String[] files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    Context context = new Context();
    context.setAllowUnregisteredDialects(unregistered);
    String text = Files.readString(Path.of(files[0]), StandardCharsets.UTF_8);
    Operation module = MlirParser.parse(context, new SourceFile(files[0], text)).orElse(null);
    if (module == null) {
      System.exit(1);
    }
    try (BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(Path.of(files[1])), StandardCharsets.UTF_8),
            1 << 16)) {
      AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(generic), out);
      out.write('\n');
    }
  }
}
