package dev.aic.text.format;

import static dev.aic.text.format.FormatTestDialect.optional;
import static dev.aic.text.format.FormatTestDialect.optionalProp;
import static dev.aic.text.format.FormatTestDialect.prop;
import static dev.aic.text.format.FormatTestDialect.sig;
import static dev.aic.text.format.FormatTestDialect.single;
import static dev.aic.text.format.FormatTestDialect.values;
import static dev.aic.text.format.FormatTestDialect.variadic;

import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrConstraint;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.type.IntegerType;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import java.util.List;

/**
 * {@code fmt.*} ops exercising the directives that no op mlir-opt-22 knows combines the way the
 * tests need: {@code operands}, {@code results}, {@code regions}, {@code successors}, {@code
 * prop-dict}, {@code attr-dict-with-keyword}, whitespace, {@code custom<...>}, {@code ref}, {@code
 * oilist}, else groups, {@code qualified}.
 */
final class FormatTestOps {
  private FormatTestOps() {}

  /** {@code custom<Bracketed>($x, type($x))} prints {@code [%x : t]}. */
  static final CustomDirective BRACKETED =
      new CustomDirective() {
        @Override
        public void print(OpAsmPrinter p, Operation op, List<DirectiveArg> args) {
          p.print("[").printOperands(args.get(0).values());
          p.print(" : ").printTypes(args.get(1).types()).print("]");
        }

        @Override
        public boolean parse(OpAsmParser p, List<DirectiveArg> args) {
          if (!p.parseOptionalPunctuation("[")) {
            return false;
          }
          args.get(0).operands().add(p.parseOperand());
          p.parsePunctuation(":");
          args.get(1).types().add(p.parseType());
          p.parsePunctuation("]");
          return true;
        }
      };

  /** {@code custom<Width>(ref(type($x)), "label")} prints {@code label<32>}, parses nothing new. */
  static final CustomDirective WIDTH =
      new CustomDirective() {
        @Override
        public void print(OpAsmPrinter p, Operation op, List<DirectiveArg> args) {
          p.print(args.get(1).name()).print("<");
          p.print(Integer.toString(((IntegerType) args.get(0).types().get(0)).width()) + ">");
        }

        @Override
        public boolean parse(OpAsmParser p, List<DirectiveArg> args) {
          p.parseKeyword(args.get(1).name());
          p.parsePunctuation("<");
          var at = p.currentLocation();
          int width = p.parseInteger().intValue();
          if (width != ((IntegerType) args.get(0).types().get(0)).width()) {
            throw p.emitError(at, "width does not match the type");
          }
          p.parsePunctuation(">");
          return true;
        }
      };

  static final CustomDirectiveRegistry DIRECTIVES =
      new CustomDirectiveRegistry().register("Bracketed", BRACKETED).register("Width", WIDTH);

  private static void define(Context ctx, String name, OpSignature sig, String format) {
    ctx.registerOperation(AssemblyFormat.define(name, sig, format, DIRECTIVES).build());
  }

  static void register(Context ctx) {
    define(
        ctx,
        "fmt.all",
        values(List.of(variadic("inputs")), List.of(variadic("outs"))),
        "operands attr-dict `:` type(operands) `->` type(results)");
    define(
        ctx,
        "fmt.functional",
        values(List.of(variadic("inputs")), List.of(variadic("outs"))),
        "operands attr-dict `:` functional-type(operands, results)");
    define(
        ctx,
        "fmt.regions",
        sig(
            List.of(),
            List.of(),
            List.of(),
            List.of(new NamedArity("bodies", Arity.VARIADIC)),
            List.of(),
            List.of()),
        "attr-dict-with-keyword regions");
    define(
        ctx,
        "fmt.successors",
        sig(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(new NamedArity("dests", Arity.VARIADIC)),
            List.of()),
        "successors attr-dict");
    define(
        ctx,
        "fmt.space",
        values(List.of(single("a"), single("b")), List.of()),
        "$a ` ` `` `(` $b `)` `\\n` `to` `` `[` attr-dict `:` type($a) `,` type($b) `]`");
    define(
        ctx,
        "fmt.custom",
        values(List.of(single("x")), List.of()),
        "custom<Bracketed>($x, type($x)) custom<Width>(ref(type($x)), \"bits\") attr-dict");
    define(
        ctx,
        "fmt.oilist",
        sig(
            List.of(optional("lower")),
            List.of(),
            List.of(optionalProp("nowait", UnitAttrConstraint.INSTANCE)),
            List.of(),
            List.of(),
            List.of()),
        "oilist(`lower` `=` $lower `:` type($lower) | `nowait` $nowait) attr-dict");
    define(
        ctx,
        "fmt.else",
        values(List.of(optional("a")), List.of()),
        "($a^ `:` type($a)) : (`none`)? attr-dict");
    define(
        ctx,
        "fmt.props",
        sig(
            List.of(single("x")),
            List.of(),
            List.of(prop("count", AttrConstraint.ANY), optionalProp("extra", AttrConstraint.ANY)),
            List.of(),
            List.of(),
            List.of()),
        "$x `,` qualified($count) `to` prop-dict attr-dict `:` qualified(type($x))");
  }
}
