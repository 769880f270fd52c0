package dev.aic.text;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.type.Type;
import java.util.Collection;
import java.util.List;

/**
 * What a custom op syntax prints with; MLIR's {@code OpAsmPrinter}. It owns SSA and block names and
 * attribute/type aliases, so custom printers never spell those out themselves.
 */
public interface OpAsmPrinter {
  /** Writes text as is. */
  OpAsmPrinter print(String text);

  /** Writes {@code %name} of a value, or {@code %name#i} for one result of a group. */
  OpAsmPrinter printOperand(Value value);

  /** Writes values separated by {@code ", "}. */
  OpAsmPrinter printOperands(List<? extends Value> values);

  /** Writes a type, or its alias. */
  OpAsmPrinter printType(Type type);

  /** Writes types separated by {@code ", "}. */
  OpAsmPrinter printTypes(List<? extends Type> types);

  /** Writes an attribute with its type suffix, or its alias. */
  OpAsmPrinter printAttribute(Attribute attribute);

  /** Writes an attribute without its {@code : type} suffix (when it has one). */
  OpAsmPrinter printAttributeWithoutType(Attribute attribute);

  /** Writes {@code " {a = 1, b}"} for the entries not in {@code elided}, or nothing. */
  OpAsmPrinter printOptionalAttrDict(DictionaryAttr attributes, Collection<String> elided);

  /** As {@link #printOptionalAttrDict}, preceded by the keyword {@code attributes}. */
  OpAsmPrinter printOptionalAttrDictWithKeyword(
      DictionaryAttr attributes, Collection<String> elided);

  /** Writes {@code @name}, quoted when it is not an identifier. */
  OpAsmPrinter printSymbolName(String name);

  /** Writes {@code name} bare if it is a valid keyword, quoted otherwise. */
  OpAsmPrinter printKeywordOrString(String name);

  /** Writes {@code ^bbN} of a block. */
  OpAsmPrinter printSuccessor(Block block);

  /** Writes {@code ^bbN(%a, %b : i32, i32)}, or {@code ^bbN} without operands. */
  OpAsmPrinter printSuccessorAndUseList(Block block, List<? extends Value> operands);

  /** Writes {@code %name: type} of a region argument, with its attributes and location if asked. */
  OpAsmPrinter printRegionArgument(BlockArgument argument, DictionaryAttr attributes);

  /** Writes {@code (t1, t2) -> r} of an op's operand and result types. */
  OpAsmPrinter printFunctionalType(Operation op);

  /** Writes {@code -> t}, {@code -> (t1, t2)} or nothing for no types, as MLIR does. */
  OpAsmPrinter printArrowTypeList(List<? extends Type> types);

  /**
   * Writes a region in braces, with its blocks indented.
   *
   * @param printEntryBlockArgs whether to print the entry block's header when it has arguments
   * @param printBlockTerminators whether to print the terminator of a single-block region
   * @param printEmptyBlock whether to print an empty entry block's header
   */
  OpAsmPrinter printRegion(
      Region region,
      boolean printEntryBlockArgs,
      boolean printBlockTerminators,
      boolean printEmptyBlock);

  /** Starts a new line at the current indentation. */
  OpAsmPrinter printNewline();

  /** Writes {@code op} in generic form, as a fallback. */
  OpAsmPrinter printGenericOp(Operation op);

  /** Writes {@code " loc(...)"} of a location if locations are printed. */
  OpAsmPrinter printOptionalLocationSpecifier(dev.aic.ir.loc.Location location);
}
