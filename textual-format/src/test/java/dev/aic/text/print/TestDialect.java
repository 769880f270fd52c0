package dev.aic.text.print;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.attr.TypeAttr;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.IntegerType;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Stand-ins for {@code arith.constant}, {@code func.func} and {@code func.return} with MLIR's
 * custom syntax, so printer tests can compare with what {@code mlir-opt} prints for those ops.
 */
final class TestDialect extends Dialect {
  TestDialect(String namespace) {
    super(namespace);
  }

  @Override
  protected void initialize(Context context) {
    if (namespace().equals("arith")) {
      context.registerOperation(
          OpDefinition.builder("arith.constant")
              .inherentAttributes("value")
              .implement(OpSyntax.class, new ConstantSyntax())
              .build());
      return;
    }
    context.registerOperation(
        OpDefinition.builder("func.func")
            .trait(IsolatedFromAbove.INSTANCE)
            .inherentAttributes("sym_name", "function_type")
            .implement(OpSyntax.class, new FuncSyntax())
            .build());
    context.registerOperation(
        OpDefinition.builder("func.return")
            .trait(IsTerminator.INSTANCE)
            .implement(OpSyntax.class, new ReturnSyntax())
            .build());
  }

  /** {@code arith.constant attr-dict $value}, named {@code %c0}, {@code %c1_i32}, {@code %cst}. */
  static final class ConstantSyntax implements PrintOnlySyntax {
    @Override
    public void print(Operation op, OpAsmPrinter p) {
      p.printOptionalAttrDict(op.attributes(), Set.of("value"));
      p.print(" ").printAttribute(op.property("value").orElseThrow());
    }

    @Override
    public void suggestResultNames(Operation op, BiConsumer<dev.aic.ir.Value, String> setName) {
      Attribute value = op.property("value").orElseThrow();
      if (value instanceof IntegerAttr integer) {
        if (integer.type() instanceof IntegerType t && t.width() == 1) {
          setName.accept(op.result(0), integer.value().signum() != 0 ? "true" : "false");
          return;
        }
        String name = "c" + integer.value();
        if (integer.type() instanceof IntegerType) {
          name += "_" + integer.type();
        }
        setName.accept(op.result(0), name);
      } else {
        setName.accept(op.result(0), "cst");
      }
    }
  }

  /**
   * {@code func.func @name(%arg0: t) -> r attributes {...} {...}}, default dialect {@code func}.
   */
  static final class FuncSyntax implements PrintOnlySyntax {
    @Override
    public void print(Operation op, OpAsmPrinter p) {
      p.print(" ").printSymbolName(((StringAttr) op.property("sym_name").orElseThrow()).value());
      FunctionType type =
          (FunctionType) ((TypeAttr) op.property("function_type").orElseThrow()).value();
      p.print("(");
      var arguments = op.region(0).firstBlock().arguments();
      for (int i = 0; i < arguments.size(); i++) {
        if (i > 0) {
          p.print(", ");
        }
        p.printRegionArgument(arguments.get(i), null);
      }
      p.print(")");
      p.printArrowTypeList(type.results());
      p.printOptionalAttrDictWithKeyword(op.attributes(), List.of());
      p.print(" ").printRegion(op.region(0), false, true, false);
    }

    @Override
    public String defaultDialect() {
      return "func";
    }
  }

  /** {@code func.return %a : t}. */
  static final class ReturnSyntax implements PrintOnlySyntax {
    @Override
    public void print(Operation op, OpAsmPrinter p) {
      if (op.numOperands() != 0) {
        p.print(" ").printOperands(op.operands()).print(" : ").printTypes(op.operandTypes());
      }
    }
  }

  /** A syntax the tests only print. */
  interface PrintOnlySyntax extends OpSyntax {
    @Override
    default void parse(OpAsmParser p, OperationState state) {
      throw new UnsupportedOperationException("printer tests do not parse");
    }
  }
}
