package dev.aic.ir.testdialect;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.attr.SymbolRefAttr;
import dev.aic.ir.iface.MemoryEffect;
import dev.aic.ir.iface.MemoryEffectsInterface;
import dev.aic.ir.iface.RegionKind;
import dev.aic.ir.iface.RegionKindInterface;
import dev.aic.ir.symbol.SymbolTable;
import dev.aic.ir.symbol.SymbolUserOpInterface;
import dev.aic.ir.trait.AttrSizedOperandSegments;
import dev.aic.ir.trait.AttrSizedResultSegments;
import dev.aic.ir.trait.Elementwise;
import dev.aic.ir.trait.HasOnlyGraphRegion;
import dev.aic.ir.trait.HasParent;
import dev.aic.ir.trait.IsSymbol;
import dev.aic.ir.trait.IsSymbolTable;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.trait.NOperands;
import dev.aic.ir.trait.NRegions;
import dev.aic.ir.trait.NResults;
import dev.aic.ir.trait.NSuccessors;
import dev.aic.ir.trait.NoTerminator;
import dev.aic.ir.trait.Pure;
import dev.aic.ir.trait.RecursiveMemoryEffects;
import dev.aic.ir.trait.ReturnLike;
import dev.aic.ir.trait.SameOperandsAndResultElementType;
import dev.aic.ir.trait.SameOperandsAndResultShape;
import dev.aic.ir.trait.SameOperandsAndResultType;
import dev.aic.ir.trait.SameTypeOperands;
import dev.aic.ir.trait.SingleBlock;
import dev.aic.ir.trait.SingleBlockImplicitTerminator;
import java.util.List;

/**
 * A small dialect for exercising the IR core without real dialects. Its ops are deliberately
 * generic: {@code test.op} takes anything, and the others each carry one trait or behaviour under
 * test.
 */
public final class TestDialect extends Dialect {
  /** The dialect. */
  public TestDialect() {
    super("test");
  }

  /** A context with the test dialect loaded. */
  public static Context newContext() {
    Context context = new Context();
    context.loadDialect(new TestDialect());
    return context;
  }

  @Override
  protected void initialize(Context context) {
    // Anything goes: operands, results, regions, successors.
    context.registerOperation(OpDefinition.builder("test.op").build());
    context.registerOperation(
        OpDefinition.builder("test.terminator").trait(IsTerminator.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.return")
            .trait(IsTerminator.INSTANCE)
            .trait(ReturnLike.INSTANCE)
            .trait(NSuccessors.ZERO)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.br")
            .trait(IsTerminator.INSTANCE)
            .trait(NSuccessors.ONE)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.cond_br")
            .trait(IsTerminator.INSTANCE)
            .trait(new NSuccessors(2))
            .build());
    context.registerOperation(
        OpDefinition.builder("test.func")
            .trait(NRegions.ONE)
            .trait(IsolatedFromAbove.INSTANCE)
            .trait(IsSymbol.INSTANCE)
            .inherentAttributes(SymbolTable.SYMBOL_NAME)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.module")
            .trait(NRegions.ONE)
            .trait(SingleBlock.INSTANCE)
            .trait(NoTerminator.INSTANCE)
            .trait(IsolatedFromAbove.INSTANCE)
            .trait(IsSymbolTable.INSTANCE)
            .trait(HasOnlyGraphRegion.INSTANCE)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.graph")
            .trait(NoTerminator.INSTANCE)
            .implement(RegionKindInterface.class, (op, index) -> RegionKind.GRAPH)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.same_types").trait(SameTypeOperands.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.single_block")
            .trait(new SingleBlockImplicitTerminator("test.terminator"))
            .build());
    context.registerOperation(
        OpDefinition.builder("test.child").trait(HasParent.of("test.single_block")).build());
    context.registerOperation(
        OpDefinition.builder("test.unary")
            .trait(NOperands.ONE)
            .trait(NResults.ONE)
            .trait(NRegions.ZERO)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.call")
            .implement(
                SymbolUserOpInterface.class,
                op -> {
                  var callee = (SymbolRefAttr) op.attribute("callee").orElseThrow();
                  if (SymbolTable.lookupNearestSymbolFrom(op, callee).isEmpty()) {
                    op.emitOpError("'" + callee + "' does not reference a valid symbol");
                    return false;
                  }
                  return true;
                })
            .build());
    context.registerOperation(OpDefinition.builder("test.pure").trait(Pure.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.recursive").trait(RecursiveMemoryEffects.INSTANCE).build());
    // Writes the memory of its first operand.
    context.registerOperation(
        OpDefinition.builder("test.store")
            .implement(
                MemoryEffectsInterface.class,
                op -> List.of(new MemoryEffect(MemoryEffect.Kind.WRITE, op.operand(0))))
            .build());
    context.registerOperation(
        OpDefinition.builder("test.same_type").trait(SameOperandsAndResultType.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.same_element_type")
            .trait(SameOperandsAndResultElementType.INSTANCE)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.same_shape").trait(SameOperandsAndResultShape.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.elementwise").trait(Elementwise.INSTANCE).build());
    context.registerOperation(
        OpDefinition.builder("test.segments")
            .trait(AttrSizedOperandSegments.INSTANCE)
            .trait(AttrSizedResultSegments.INSTANCE)
            .inherentAttributes(
                AttrSizedOperandSegments.ATTRIBUTE, AttrSizedResultSegments.ATTRIBUTE)
            .build());
    context.registerOperation(
        OpDefinition.builder("test.positive")
            .verifier(
                op -> {
                  if (op.numOperands() == 0) {
                    op.emitOpError("expects at least one operand");
                    return false;
                  }
                  return true;
                })
            .build());
  }
}
