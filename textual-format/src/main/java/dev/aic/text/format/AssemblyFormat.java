package dev.aic.text.format;

import dev.aic.ir.OpDefinition;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.trait.OpTrait;
import dev.aic.text.OpSyntax;
import java.util.Collection;
import java.util.List;

/**
 * MLIR's declarative assembly format ({@code assemblyFormat} in ODS), interpreted: a format string
 * over an op's {@link OpSignature} compiles to the {@link OpSyntax} that prints and parses the op
 * as MLIR's generated C++ does.
 *
 * <pre>{@code
 * ctx.registerOperation(AssemblyFormat.define("arith.addi", signature,
 *         "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)",
 *         Pure.INSTANCE, SameOperandsAndResultType.INSTANCE)
 *     .build());
 * }</pre>
 *
 * <p>The format is checked when compiled, with MLIR's messages ({@code type of result #0, named
 * 'result', is not buildable and a buildable type cannot be inferred}); a bad format is an {@link
 * IllegalArgumentException} naming the offset of the problem.
 */
public final class AssemblyFormat {
  private AssemblyFormat() {}

  /**
   * Compiles {@code format} for an op with {@code signature} and {@code traits} (which drive type
   * inference, segment sizes and implicit terminators), without custom directives.
   */
  public static OpSyntax compile(
      String format, OpSignature signature, Collection<? extends OpTrait> traits) {
    return compile(format, signature, traits, new CustomDirectiveRegistry());
  }

  /** Compiles {@code format}, resolving {@code custom<Name>(...)} in {@code directives}. */
  public static OpSyntax compile(
      String format,
      OpSignature signature,
      Collection<? extends OpTrait> traits,
      CustomDirectiveRegistry directives) {
    return new FormatCompiler(format, signature, List.copyOf(traits), directives).compile();
  }

  /**
   * Starts the definition of op {@code name} with its signature, traits and the syntax compiled
   * from {@code format}; the caller may add verifiers and interfaces, then {@code build()}.
   */
  public static OpDefinition.Builder define(
      String name, OpSignature signature, String format, OpTrait... traits) {
    return define(name, signature, format, new CustomDirectiveRegistry(), traits);
  }

  /** As {@link #define(String, OpSignature, String, OpTrait...)}, with custom directives. */
  public static OpDefinition.Builder define(
      String name,
      OpSignature signature,
      String format,
      CustomDirectiveRegistry directives,
      OpTrait... traits) {
    OpDefinition.Builder builder = OpDefinition.builder(name).signature(signature);
    for (OpTrait trait : traits) {
      builder.trait(trait);
    }
    return builder.implement(
        OpSyntax.class, compile(format, signature, List.of(traits), directives));
  }
}
