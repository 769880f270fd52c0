package dev.aic.text.format;

import dev.aic.ir.attr.Attribute;
import dev.aic.text.OpAsmParser;
import dev.aic.text.OpAsmPrinter;
import java.util.Optional;

/**
 * The syntax an {@link dev.aic.ir.sig.AttrConstraint} may give its values in assembly formats, in
 * place of the generic attribute syntax: MLIR's enum attributes print as a keyword ({@code slt}),
 * dialect attributes print stripped of their {@code #dialect.mnemonic} ({@code <nsw, nuw>}). An
 * attribute variable {@code $name} whose constraint implements this interface prints and parses
 * through it (unless wrapped in {@code qualified(...)}).
 */
public interface AttrFormat {
  /** Prints {@code value}, which satisfies the constraint. */
  void print(OpAsmPrinter p, Attribute value);

  /**
   * Parses a value if one comes next, consuming nothing otherwise.
   *
   * @param name the attribute's name, for messages
   */
  Optional<Attribute> parseOptional(OpAsmParser p, String name);

  /**
   * Parses a value or reports an error through {@code p}.
   *
   * @param name the attribute's name, for messages
   */
  Attribute parse(OpAsmParser p, String name);
}
