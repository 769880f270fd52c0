package dev.aic.ir.pass.instrument;

import dev.aic.ir.diag.IrPrintFlags;
import dev.aic.ir.pass.Pass;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@code --mlir-print-ir-*} asks for.
 *
 * @param before the passes to print the IR before ({@code --mlir-print-ir-before=}, {@code
 *     -before-all})
 * @param after the passes to print the IR after ({@code --mlir-print-ir-after=}, {@code
 *     -after-all})
 * @param afterOnlyChange print after a pass only if it changed the IR ({@code -after-change})
 * @param afterOnlyFailure print after a pass only if it failed ({@code -after-failure})
 * @param moduleScope print the top-level op rather than the one the pass ran on ({@code
 *     --mlir-print-ir-module-scope})
 * @param flags how the IR is printed
 * @param treeDir write one file per dump under this directory, or {@code null} to print to the
 *     output stream ({@code --mlir-print-ir-tree-dir=})
 */
public record IrPrintingConfig(
    Predicate<Pass> before,
    Predicate<Pass> after,
    boolean afterOnlyChange,
    boolean afterOnlyFailure,
    boolean moduleScope,
    IrPrintFlags flags,
    Path treeDir) {
  /** Prints after every pass, as {@code --mlir-print-ir-after-all} does. */
  public static IrPrintingConfig afterAll() {
    return new IrPrintingConfig(
        p -> false, p -> true, false, false, false, IrPrintFlags.DEFAULT, null);
  }

  /** A predicate that selects passes by their arguments, as {@code -before=a,b} does. */
  public static Predicate<Pass> arguments(Collection<String> arguments) {
    Set<String> set = Set.copyOf(arguments);
    return pass -> set.contains(pass.argument());
  }
}
