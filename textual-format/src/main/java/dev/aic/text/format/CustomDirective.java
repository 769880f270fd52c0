package dev.aic.text.format;

import dev.aic.ir.Operation;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import java.util.List;

/**
 * A {@code custom<Name>(args)} directive, MLIR's {@code parseName}/{@code printName} pair,
 * registered by name in a {@link CustomDirectiveRegistry}. Each argument of the directive ({@code
 * $operand}, {@code type($x)}, {@code $attr}, {@code $region}, {@code $succ}, {@code attr-dict},
 * {@code ref(...)}, {@code "string"}) is one {@link DirectiveArg}, in order.
 */
public interface CustomDirective {
  /** Prints the bound values; the engine has already written a separating space if one is due. */
  void print(OpAsmPrinter p, Operation op, List<DirectiveArg> args);

  /**
   * Parses into the arguments (the {@code ref} ones are already filled and read-only). Returns
   * whether the directive was present: a directive that starts an optional group returns {@code
   * false}, having consumed nothing, when the group is absent; elsewhere it returns {@code true} or
   * reports an error through {@code p}.
   */
  boolean parse(OpAsmParser p, List<DirectiveArg> args);
}
