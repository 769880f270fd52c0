package dev.aic.text.format;

import static dev.aic.text.format.FormatTestDialect.optional;
import static dev.aic.text.format.FormatTestDialect.optionalProp;
import static dev.aic.text.format.FormatTestDialect.prop;
import static dev.aic.text.format.FormatTestDialect.sig;
import static dev.aic.text.format.FormatTestDialect.single;
import static dev.aic.text.format.FormatTestDialect.values;
import static dev.aic.text.format.FormatTestDialect.variadic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aic.ir.sig.Arity;
import dev.aic.ir.sig.AttrConstraint;
import dev.aic.ir.sig.OpSignature;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.trait.OpTrait;
import dev.aic.ir.trait.SameOperandsAndResultType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad format strings fail to compile with MLIR's messages and the offset of the problem; bad input
 * fails to parse with mlir-opt-22's message at mlir-opt-22's line and column.
 */
class FormatErrorTest {
  /** lhs, rhs, result; attribute {@code value}; optional operand {@code opt}; region, successor. */
  private static final OpSignature SIG =
      sig(
          List.of(single("lhs"), single("rhs"), optional("opt"), variadic("rest")),
          List.of(single("result")),
          List.of(prop("value", AttrConstraint.ANY), optionalProp("flag", AttrConstraint.ANY)),
          List.of(new NamedArity("body", Arity.SINGLE)),
          List.of(new NamedArity("dest", Arity.SINGLE)),
          List.of());

  private static String compileError(String format, OpSignature sig, OpTrait... traits) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AssemblyFormat.compile(format, sig, List.of(traits)));
    return e.getMessage();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          $lhs `,` $rhs $value $opt $rest $body $dest `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | 0 | 'attr-dict' directive not found in custom assembly format
          $lhs $lhs                   | 5 | operand 'lhs' is already bound
          $nope attr-dict             | 0 | expected variable to refer to an argument, region, result, or successor
          $result attr-dict           | 0 | result variables can can only be used as a child to a 'type' directive
          attr-dict attr-dict         | 10 | 'attr-dict' directive has already been seen
          `a b` attr-dict             | 0 | expected valid literal but got 'a b': keywords should contain only alphanum, '_', '$', or '.' characters
          `%` attr-dict               | 0 | expected valid literal but got '%': single character literal must be a letter or one of '_:,=<>()[]{}?+*'
          `abc attr-dict              | 14 | unexpected end of file in literal
          ($lhs)? attr-dict           | 0 | optional group has no anchor element
          ($opt^ $rest^)? attr-dict   | 12 | only one element can be marked as the anchor of an optional group
          ($lhs^)? attr-dict          | 0 | only variable length operands can be used within an optional group
          (`x` $value^)? attr-dict    | 0 | only optional attributes can be used to anchor an optional group
          (`x`^ $opt)? attr-dict      | 0 | only variables and types can be used to anchor an optional group
          (type($opt) $opt^)? attr-dict | 0 | first parsable element of an optional group must be a literal, variable, or custom directive
          ($opt^) attr-dict           | 8 | expected '?' after optional group
          type(type($lhs)) attr-dict  | 5 | 'type' cannot be used as a child of another `type`
          type($value) attr-dict      | 5 | attributes cannot be used as children to a `type` directive
          functional-type($lhs) attr-dict | 20 | expected ',' after inputs argument
          custom<Nope>($lhs) attr-dict | 7 | no custom directive named 'Nope' is registered
          ref($lhs) attr-dict         | 0 | 'ref' is only valid within a `custom` directive
          qualified($lhs) attr-dict   | 0 | 'qualified' directive expects an attribute or a `type` directive
          results attr-dict           | 0 | 'results' directive can can only be used as a child to a 'type' directive
          $lhs operands attr-dict     | 5 | 'operands' directive creates overlap in format
          %x attr-dict                | 0 | unexpected character
          """)
  void badFormatStrings(String format, int offset, String message) {
    String error = compileError(format, SIG);
    assertEquals(
        "error at offset " + offset + " of assembly format `" + format + "`: " + message, error);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          $lhs `,` $rhs $value $opt $body $dest attr-dict-with-keyword `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | operand #3, named 'rest', not found (note: suggest adding a '$rest' directive to the custom assembly format)
          $lhs `,` $rhs $value $opt $rest $dest attr-dict-with-keyword `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | region #0, named 'body', not found (note: suggest adding a '$body' directive to the custom assembly format)
          $lhs `,` $rhs $value $opt $rest $body attr-dict-with-keyword `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | successor #0, named 'dest', not found (note: suggest adding a '$dest' directive to the custom assembly format)
          $lhs `,` $rhs $value $opt $rest $body $dest attr-dict-with-keyword `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) | type of result #0, named 'result', is not buildable and a buildable type cannot be inferred (note: suggest adding a type constraint to the operation or adding a 'type($result)' directive to the custom assembly format)
          $lhs `,` $rhs $value $opt $rest $body $dest attr-dict-with-keyword `:` type($lhs) `,` type($opt) `,` type($rest) `->` type($result) | type of operand #1, named 'rhs', is not buildable and a buildable type cannot be inferred (note: suggest adding a type constraint to the operation or adding a 'type($rhs)' directive to the custom assembly format)
          $lhs `,` $rhs $value `:` $opt $rest $body $dest attr-dict-with-keyword `->` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | format ambiguity caused by `:` literal found after attribute `value` which does not have a buildable type
          $lhs `,` $rhs $value $opt $rest $dest attr-dict $body `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result) | format ambiguity caused by `attr-dict` directive followed by region `body` (note: try using `attr-dict-with-keyword` instead)
          """)
  void formatsThatDoNotDescribeTheOp(String format, String message) {
    assertEquals(
        "error at offset 0 of assembly format `" + format + "`: " + message,
        compileError(format, SIG));
  }

  @org.junit.jupiter.api.Test
  void theCompleteFormatCompiles() {
    AssemblyFormat.compile(
        "$lhs `,` $rhs $value $opt $rest $body $dest attr-dict-with-keyword `:` type($lhs) `,` type($rhs) `,` type($opt) `,` type($rest) `->` type($result)",
        SIG,
        List.of());
  }

  /** SameOperandsAndResultType lets one type stand for all; the complete format compiles. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          $lhs `,` $rhs attr-dict `:` type($result)
          $lhs `,` $rhs attr-dict `:` type($lhs)
          """)
  void typesInferredFromSameOperandsAndResultType(String format) {
    OpSignature binary = values(List.of(single("lhs"), single("rhs")), List.of(single("result")));
    AssemblyFormat.compile(format, binary, List.of(SameOperandsAndResultType.INSTANCE));
    String error = compileError(format, binary);
    assertEquals(true, error.contains("is not buildable and a buildable type cannot be inferred"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          %0 = arith.cmpi foo, %a, %b : i32  | 3:19: custom op 'arith.cmpi' expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge]
          %0 = arith.cmpi 3, %a, %b : i32    | 3:19: custom op 'arith.cmpi' expected string or keyword containing one of the following enum values for attribute 'predicate' [eq, ne, slt, sle, sgt, sge, ult, ule, ugt, uge]
          %0 = arith.cmpi slt %a, %b : i32   | 3:22: expected ','
          %0 = arith.addi %a %b : i32        | 3:21: expected ','
          %0 = arith.addi %a, %b overflow<bad> : i32 | 3:35: custom op 'arith.addi' expected ::mlir::arith::IntegerOverflowFlags to be one of: none, nsw, nuw
          %0 = memref.load %m[%i : memref<4xf32> | 3:25: expected ']'
          %0 = arith.select %c, %a, %b : i64 | 3:25: use of value '%a' expects different type than prior uses: 'i64' vs 'i32'
          %0 = arith.addi %a, %b {x = 1 : i32 : i32 | 3:38: expected '}' in attribute dictionary
          """)
  void parseErrorsAsMlirOpt(String body, String expected) {
    String text = FormatHarness.wrap("  " + body + "\n  \"test.t\"() : () -> ()");
    FormatHarness.Parsed parsed = FormatHarness.parse(FormatHarness.context(), text);
    assertEquals(expected, parsed.error());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fmt.oilist nowait nowait        | 3:3: custom op 'fmt.oilist' `nowait` clause can appear at most once in the expansion of the oilist directive
          fmt.custom [%a : i32] bits<64>  | 3:30: width does not match the type
          %0 = fmt.functional %a : i32    | 3:28: invalid kind of type specified
          fmt.else %a                     | 3:14: expected ':'
          """)
  void parseErrorsOfTestOps(String body, String expected) {
    String text = FormatHarness.wrap("  " + body);
    FormatHarness.Parsed parsed = FormatHarness.parse(FormatHarness.context(), text);
    assertEquals(expected, parsed.error());
  }
}
