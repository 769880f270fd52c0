package dev.aic.text.format;

import dev.aic.ir.Context;
import dev.aic.ir.Dialect;
import dev.aic.ir.OpDefinition;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.IntegerAttr;
import dev.aic.ir.attr.OpaqueAttr;
import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrConstraint;
import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.sig.TypeConstraint;
import dev.aic.ir.sig.ValueSpec;
import dev.aic.ir.trait.AttrSizedOperandSegments;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.trait.SameOperandsAndResultType;
import dev.aic.ir.trait.SameTypeOperands;
import dev.aic.ir.type.IndexType;
import dev.aic.ir.type.IntegerType;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Real MLIR ops (arith, memref, tensor, cf, scf, func) defined by their real ODS assembly formats,
 * so what aic prints can be compared with mlir-opt-22, plus {@code fmt.*} ops for directives no
 * upstream op in mlir-opt uses.
 */
final class FormatTestDialect extends Dialect {
  static final List<String> NAMESPACES =
      List.of("arith", "memref", "tensor", "cf", "scf", "func", "fmt");

  /** {@code arith.cmpi}'s predicates, in MLIR's numbering. */
  static final EnumAttrConstraint CMPI_PREDICATE =
      new EnumAttrConstraint(
          "allowed 64-bit signless integer cases: 0, 1, 2, 3, 4, 5, 6, 7, 8, 9",
          64,
          List.of("eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"));

  FormatTestDialect(String namespace) {
    super(namespace);
  }

  // ---- signature helpers ---------------------------------------------------------------------

  static ValueSpec single(String name) {
    return ValueSpec.single(name);
  }

  static ValueSpec variadic(String name) {
    return ValueSpec.variadic(name);
  }

  static ValueSpec optional(String name) {
    return new ValueSpec(name, Arity.OPTIONAL, TypeConstraint.ANY);
  }

  static ValueSpec typed(String name, Arity arity, Type buildable) {
    return new ValueSpec(
        name,
        arity,
        new TypeConstraint() {
          @Override
          public boolean accepts(Type type) {
            return type.equals(buildable);
          }

          @Override
          public String summary() {
            return buildable.toString();
          }

          @Override
          public Type buildableType() {
            return buildable;
          }
        });
  }

  static AttrSpec prop(String name, AttrConstraint constraint) {
    return new AttrSpec(name, false, true, constraint);
  }

  static AttrSpec optionalProp(String name, AttrConstraint constraint) {
    return new AttrSpec(name, true, true, constraint);
  }

  static OpSignature sig(
      List<ValueSpec> operands,
      List<ValueSpec> results,
      List<AttrSpec> attributes,
      List<NamedArity> regions,
      List<NamedArity> successors,
      List<Set<String>> sameTypes) {
    return new OpSignature(operands, results, attributes, regions, successors, sameTypes);
  }

  static OpSignature values(List<ValueSpec> operands, List<ValueSpec> results) {
    return sig(operands, results, List.of(), List.of(), List.of(), List.of());
  }

  /** {@code #arith.overflow<...>}: printed stripped ({@code <nsw, nuw>}), default {@code none}. */
  static final class OverflowFlags implements AttrConstraint, AttrFormat, DefaultValuedAttr {
    static final OverflowFlags INSTANCE = new OverflowFlags();
    static final List<String> CASES = List.of("none", "nsw", "nuw");

    static OpaqueAttr of(Context ctx, String flags) {
      return OpaqueAttr.get(ctx, "arith", "overflow<" + flags + ">");
    }

    @Override
    public boolean accepts(Attribute attribute) {
      return attribute instanceof OpaqueAttr opaque
          && opaque.dialectNamespace().equals("arith")
          && opaque.attrData().startsWith("overflow<");
    }

    @Override
    public String summary() {
      return "Integer overflow arith flags";
    }

    @Override
    public Attribute defaultValue(Context context) {
      return of(context, "none");
    }

    @Override
    public void print(OpAsmPrinter p, Attribute value) {
      p.print(((OpaqueAttr) value).attrData().substring("overflow".length()));
    }

    @Override
    public Optional<Attribute> parseOptional(OpAsmParser p, String name) {
      if (!p.parseOptionalPunctuation("<")) {
        return Optional.empty();
      }
      List<String> flags = new ArrayList<>();
      do {
        var at = p.currentLocation();
        String flag = p.parseOptionalKeyword().orElse("");
        if (!CASES.contains(flag)) {
          throw p.emitError(
              at,
              "custom op '"
                  + p.opName()
                  + "' expected ::mlir::arith::IntegerOverflowFlags to be one of: none, nsw, nuw");
        }
        flags.add(flag);
      } while (p.parseOptionalPunctuation(","));
      p.parsePunctuation(">");
      return Optional.of(of(p.context(), String.join(", ", flags)));
    }

    @Override
    public Attribute parse(OpAsmParser p, String name) {
      var at = p.currentLocation();
      return parseOptional(p, name).orElseThrow(() -> p.emitError(at, "expected '<'"));
    }
  }

  /** A {@code BoolAttr} property defaulting to {@code false} ({@code nontemporal}). */
  static final class FalseByDefault implements AttrConstraint, DefaultValuedAttr {
    static final FalseByDefault INSTANCE = new FalseByDefault();

    @Override
    public boolean accepts(Attribute attribute) {
      return attribute instanceof IntegerAttr integer && integer.isBool();
    }

    @Override
    public String summary() {
      return "bool attribute";
    }

    @Override
    public Attribute defaultValue(Context context) {
      return BoolAttr.get(context, false);
    }
  }

  /** Wraps a compiled syntax with MLIR's {@code getAsmResultNames}. */
  record Named(OpSyntax syntax, java.util.function.Function<Operation, String> name)
      implements OpSyntax {
    @Override
    public void print(Operation op, OpAsmPrinter p) {
      syntax.print(op, p);
    }

    @Override
    public void parse(OpAsmParser p, OperationState state) {
      syntax.parse(p, state);
    }

    @Override
    public void suggestResultNames(Operation op, BiConsumer<Value, String> setName) {
      setName.accept(op.result(0), name.apply(op));
    }
  }

  private static String constantName(Operation op) {
    Attribute value = op.property("value").orElseThrow();
    if (value instanceof IntegerAttr integer && integer.type() instanceof IntegerType t) {
      return t.width() == 1
          ? (integer.value().signum() != 0 ? "true" : "false")
          : "c" + integer.value() + "_" + t;
    }
    return value instanceof IntegerAttr integer ? "c" + integer.value() : "cst";
  }

  private static void define(
      Context ctx, String name, OpSignature sig, String format, OpTrait... traits) {
    ctx.registerOperation(AssemblyFormat.define(name, sig, format, traits).build());
  }

  @Override
  protected void initialize(Context ctx) {
    IntegerType i1 = IntegerType.get(ctx, 1);
    IndexType index = IndexType.get(ctx);
    switch (namespace()) {
      case "arith" -> {
        define(
            ctx,
            "arith.addi",
            sig(
                List.of(single("lhs"), single("rhs")),
                List.of(single("result")),
                List.of(prop("overflowFlags", OverflowFlags.INSTANCE)),
                List.of(),
                List.of(),
                List.of()),
            "$lhs `,` $rhs (`overflow` `` $overflowFlags^)? attr-dict `:` type($result)",
            SameOperandsAndResultType.INSTANCE);
        define(
            ctx,
            "arith.cmpi",
            sig(
                List.of(single("lhs"), single("rhs")),
                List.of(typed("result", Arity.SINGLE, i1)),
                List.of(prop("predicate", CMPI_PREDICATE)),
                List.of(),
                List.of(),
                List.of()),
            "$predicate `,` $lhs `,` $rhs attr-dict `:` type($lhs)",
            SameTypeOperands.INSTANCE);
        define(
            ctx,
            "arith.select",
            sig(
                List.of(
                    typed("condition", Arity.SINGLE, i1),
                    single("true_value"),
                    single("false_value")),
                List.of(single("result")),
                List.of(),
                List.of(),
                List.of(),
                List.of(Set.of("true_value", "false_value", "result"))),
            "$condition `,` $true_value `,` $false_value attr-dict `:` type($result)");
        OpSignature constant =
            sig(
                List.of(),
                List.of(single("result")),
                List.of(prop("value", AttrConstraint.ANY)),
                List.of(),
                List.of(),
                List.of(Set.of("value", "result")));
        ctx.registerOperation(
            OpDefinition.builder("arith.constant")
                .signature(constant)
                .implement(
                    OpSyntax.class,
                    new Named(
                        AssemblyFormat.compile("attr-dict $value", constant, List.of()),
                        FormatTestDialect::constantName))
                .build());
      }
      case "memref" -> {
        OpSignature load =
            sig(
                List.of(single("memref"), typed("indices", Arity.VARIADIC, index)),
                List.of(single("result")),
                List.of(prop("nontemporal", FalseByDefault.INSTANCE)),
                List.of(),
                List.of(),
                List.of());
        define(
            ctx,
            "memref.load",
            load,
            "$memref `[` $indices `]` attr-dict `:` type($memref)",
            elementTypeOf("memref", load));
      }
      case "tensor" -> {
        OpSignature extract =
            values(
                List.of(single("tensor"), typed("indices", Arity.VARIADIC, index)),
                List.of(single("result")));
        ctx.registerOperation(
            OpDefinition.builder("tensor.extract")
                .signature(extract)
                .trait(elementTypeOf("tensor", extract))
                .implement(
                    OpSyntax.class,
                    new Named(
                        AssemblyFormat.compile(
                            "$tensor `[` $indices `]` attr-dict `:` type($tensor)",
                            extract,
                            List.of(elementTypeOf("tensor", extract))),
                        op -> "extracted"))
                .build());
      }
      case "cf" -> {
        define(
            ctx,
            "cf.br",
            sig(
                List.of(variadic("destOperands")),
                List.of(),
                List.of(),
                List.of(),
                List.of(new NamedArity("dest", Arity.SINGLE)),
                List.of()),
            "$dest (`(` $destOperands^ `:` type($destOperands) `)`)? attr-dict",
            IsTerminator.INSTANCE);
        define(
            ctx,
            "cf.cond_br",
            sig(
                List.of(
                    typed("condition", Arity.SINGLE, i1),
                    variadic("trueDestOperands"),
                    variadic("falseDestOperands")),
                List.of(),
                List.of(),
                List.of(),
                List.of(
                    new NamedArity("trueDest", Arity.SINGLE),
                    new NamedArity("falseDest", Arity.SINGLE)),
                List.of()),
            "$condition `,` $trueDest (`(` $trueDestOperands^ `:` type($trueDestOperands) `)`)?"
                + " `,` $falseDest (`(` $falseDestOperands^ `:` type($falseDestOperands) `)`)?"
                + " attr-dict",
            IsTerminator.INSTANCE,
            AttrSizedOperandSegments.INSTANCE);
      }
      case "scf" -> {
        define(
            ctx,
            "scf.yield",
            values(List.of(variadic("results")), List.of()),
            "attr-dict ($results^ `:` type($results))?",
            IsTerminator.INSTANCE);
        define(
            ctx,
            "scf.execute_region",
            sig(
                List.of(),
                List.of(variadic("result")),
                List.of(optionalProp("no_inline", UnitAttrConstraint.INSTANCE)),
                List.of(new NamedArity("region", Arity.SINGLE)),
                List.of(),
                List.of()),
            "(`->` type($result)^)? (`no_inline` $no_inline^)? $region attr-dict");
      }
      case "func" -> {
        define(
            ctx,
            "func.return",
            values(List.of(variadic("operands")), List.of()),
            "attr-dict ($operands^ `:` type($operands))?",
            IsTerminator.INSTANCE);
        define(
            ctx,
            "func.call",
            sig(
                List.of(variadic("operands")),
                List.of(variadic("results")),
                List.of(prop("callee", AttrConstraint.ANY)),
                List.of(),
                List.of(),
                List.of()),
            "$callee `(` $operands `)` attr-dict `:` functional-type($operands, results)");
      }
      default -> FormatTestOps.register(ctx);
    }
  }

  static TypesMatchWith elementTypeOf(String from, OpSignature sig) {
    return new TypesMatchWith(
        from,
        "result",
        "result type matches element type of '" + from + "'",
        sig,
        t -> ((ShapedType) t).elementType());
  }
}
