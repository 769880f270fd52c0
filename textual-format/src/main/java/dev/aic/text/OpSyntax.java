package dev.aic.text;

import dev.aic.ir.Operation;
import dev.aic.ir.OperationState;
import dev.aic.ir.Value;
import java.util.function.BiConsumer;

/**
 * The custom (pretty) syntax of one operation, provided by its definition through {@code
 * OpDefinition.Builder.implement(OpSyntax.class, ...)}. The declarative assembly-format engine
 * produces implementations from format strings; a few ops write one by hand.
 *
 * <p>Both halves deal with what follows the op name: the printer has already written {@code %0 =
 * name}, and the parser has already read them and creates the op from the state afterwards.
 */
public interface OpSyntax {
  /** Prints {@code op} in its custom form, after its name. */
  void print(Operation op, OpAsmPrinter p);

  /**
   * Parses the custom form after the op name into {@code state}. Errors are reported through {@code
   * p}, which throws {@link ParseException} to unwind; implementations just stop.
   */
  void parse(OpAsmParser p, OperationState state);

  /**
   * Suggests names for {@code op}'s results, as MLIR's {@code getAsmResultNames}: {@code c0},
   * {@code cst}, {@code true}. The printer makes them unique ({@code c0_1}).
   */
  default void suggestResultNames(Operation op, BiConsumer<Value, String> setName) {}

  /**
   * The dialect whose prefix may be left out of op names inside this op's regions, as {@code
   * func.func} lets {@code return} stand for {@code func.return}; empty for none.
   */
  default String defaultDialect() {
    return "";
  }
}
