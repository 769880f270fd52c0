package dev.aic.text.builtin;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.OpVerifier;
import dev.aic.ir.Operation;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.trait.AffineScope;
import dev.aic.ir.trait.HasOnlyGraphRegion;
import dev.aic.ir.trait.IsSymbolTable;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.trait.NRegions;
import dev.aic.ir.trait.NoTerminator;
import dev.aic.ir.trait.SingleBlock;
import dev.aic.text.OpSyntax;

/**
 * The {@code builtin} dialect's operations: {@code builtin.module} and {@code
 * builtin.unrealized_conversion_cast}. (Builtin types and attributes live in {@code ir-core}.)
 */
public final class BuiltinDialect extends Dialect {
  /** The dialect; load it with {@link Context#loadDialect}. */
  public BuiltinDialect() {
    super("builtin");
  }

  @Override
  protected void initialize(Context context) {
    context.registerOperation(
        OpDefinition.builder(ModuleOp.OPERATION_NAME)
            .trait(IsolatedFromAbove.INSTANCE)
            .trait(NoTerminator.INSTANCE)
            .trait(SingleBlock.INSTANCE)
            .trait(IsSymbolTable.INSTANCE)
            .trait(HasOnlyGraphRegion.INSTANCE)
            .trait(NRegions.ONE)
            .trait(AffineScope.INSTANCE)
            .inherentAttributes(ModuleOp.SYM_NAME, ModuleOp.SYM_VISIBILITY)
            .implement(OpSyntax.class, new ModuleSyntax())
            .verifier(new ModuleVerifier())
            .build());
    context.registerOperation(
        OpDefinition.builder(UnrealizedConversionCastSyntax.OPERATION_NAME)
            .implement(OpSyntax.class, new UnrealizedConversionCastSyntax())
            .build());
  }

  /**
   * Discardable attributes of a module must name their dialect. (A class rather than a lambda:
   * every run verifies a module, and the first lambda of a run costs JDK 17 about 10 ms,
   * docs/perf.md.)
   */
  private static final class ModuleVerifier implements OpVerifier {
    @Override
    public boolean verify(Operation op) {
      for (NamedAttribute entry : op.attributes().entries()) {
        if (entry.name().indexOf('.') < 0) {
          op.emitOpError(
              "can only contain attributes with dialect-prefixed names, found: '"
                  + entry.name()
                  + "'");
          return false;
        }
      }
      return true;
    }
  }
}
