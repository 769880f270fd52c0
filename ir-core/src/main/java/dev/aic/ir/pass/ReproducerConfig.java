package dev.aic.ir.pass;

import dev.aic.ir.AsmText;
import dev.aic.ir.Context;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.StringAttr;
import java.util.Optional;

/**
 * The {@code mlir_reproducer} entry of a crash reproducer: the pipeline that failed and how it ran.
 * {@link #render} writes it as the resource section MLIR writes after the IR; {@link #fromContext}
 * reads it back from a parsed reproducer, for {@code --run-reproducer}.
 *
 * @param pipeline the pipeline text with its anchor
 * @param disableThreading whether the run used one thread
 * @param verifyEach whether the IR was verified after each pass
 */
public record ReproducerConfig(String pipeline, boolean disableThreading, boolean verifyEach) {
  /** The resource group MLIR keeps reproducer settings in. */
  public static final String GROUP = "mlir_reproducer";

  /**
   * The configuration in {@code context}'s external resources, if a reproducer was parsed into it:
   * the pipeline is required, the flags default to false.
   */
  public static Optional<ReproducerConfig> fromContext(Context context) {
    ResourceTable table = context.resources();
    Optional<Attribute> pipeline = table.get(ResourceTable.EXTERNAL_RESOURCES, GROUP, "pipeline");
    if (pipeline.isEmpty() || !(pipeline.get() instanceof StringAttr text)) {
      return Optional.empty();
    }
    return Optional.of(
        new ReproducerConfig(
            text.value(), flag(table, "disable_threading"), flag(table, "verify_each")));
  }

  private static boolean flag(ResourceTable table, String key) {
    return table
        .get(ResourceTable.EXTERNAL_RESOURCES, GROUP, key)
        .map(a -> BoolAttr.isBool(a) && BoolAttr.value(a))
        .orElse(false);
  }

  /** The resource section as MLIR writes it after the reproducer's IR, with a blank line before. */
  public String render() {
    return "\n{-#\n  external_resources: {\n    "
        + GROUP
        + ": {\n      pipeline: "
        + AsmText.quoted(pipeline)
        + ",\n      disable_threading: "
        + disableThreading
        + ",\n      verify_each: "
        + verifyEach
        + "\n    }\n  }\n#-}\n";
  }
}
