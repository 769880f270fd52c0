package dev.aic.text;

import dev.aic.ir.Block;
import dev.aic.ir.Context;
import dev.aic.ir.OperationState;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.type.Type;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * What a custom op syntax parses with; MLIR's {@code OpAsmParser}. Calls come in pairs: {@code
 * parseOptionalX} consumes nothing and returns empty (or false) when X is absent; {@code parseX}
 * reports {@code expected X} at the current token and throws {@link ParseException}.
 */
public interface OpAsmParser {
  /** The context ops and attributes are built in. */
  Context context();

  /** The location of the op name being parsed. */
  Location nameLocation();

  /** The location of the next token. */
  Location currentLocation();

  /** Reports an error at {@code location} and unwinds. */
  ParseException emitError(Location location, String message);

  // ---- punctuation ---------------------------------------------------------------------------

  /** Consumes {@code punctuation} ({@code ,}, {@code (}, {@code ->}, {@code ...}) or fails. */
  void parsePunctuation(String punctuation);

  /** Consumes {@code punctuation} if it comes next. */
  boolean parseOptionalPunctuation(String punctuation);

  // ---- keywords, names, literals -------------------------------------------------------------

  /** Consumes the bare keyword {@code keyword} or fails. */
  void parseKeyword(String keyword);

  /** Consumes the bare keyword {@code keyword} if it comes next. */
  boolean parseOptionalKeyword(String keyword);

  /** Consumes any bare keyword and returns it, or fails. */
  String parseKeyword();

  /** Consumes any bare keyword if one comes next. */
  Optional<String> parseOptionalKeyword();

  /** Consumes a keyword or a string literal and returns its text, or fails. */
  String parseKeywordOrString();

  /** Consumes a string literal and returns its decoded value, or fails. */
  String parseString();

  /** Consumes a string literal if one comes next. */
  Optional<String> parseOptionalString();

  /** Consumes {@code @name} and returns the name, or fails. */
  String parseSymbolName();

  /** Consumes {@code @name} if it comes next. */
  Optional<String> parseOptionalSymbolName();

  /** Consumes an integer literal, with an optional leading {@code -}, or fails. */
  BigInteger parseInteger();

  /** Consumes an integer literal if one comes next. */
  Optional<BigInteger> parseOptionalInteger();

  // ---- types and attributes ------------------------------------------------------------------

  /** Parses a type or fails. */
  Type parseType();

  /** Parses a type if one comes next. */
  Optional<Type> parseOptionalType();

  /** Parses {@code : type}. */
  Type parseColonType();

  /** Parses {@code : t1, t2} (possibly empty after the colon). */
  List<Type> parseColonTypeList();

  /** Parses {@code -> t} or {@code -> (t1, t2)} if an arrow comes next; empty otherwise. */
  List<Type> parseOptionalArrowTypeList();

  /** Parses an attribute, with its own type suffix if written. */
  Attribute parseAttribute();

  /** Parses an attribute whose type is {@code type} when the text leaves it out. */
  Attribute parseAttribute(Type type);

  /** Parses an attribute if one comes next. */
  Optional<Attribute> parseOptionalAttribute();

  /** Parses {@code {a = 1, b}} into the state's discardable attributes, if a brace comes next. */
  void parseOptionalAttrDict(OperationState state);

  /** Parses {@code attributes {...}} into the state's discardable attributes, if present. */
  void parseOptionalAttrDictWithKeyword(OperationState state);

  /** Parses an optional {@code loc(...)} and sets it as the op's location. */
  Optional<Location> parseOptionalLocationSpecifier();

  // ---- SSA values, regions, successors -------------------------------------------------------

  /** Parses {@code %name} or {@code %name#N}. */
  UnresolvedOperand parseOperand();

  /** Parses an operand if one comes next. */
  Optional<UnresolvedOperand> parseOptionalOperand();

  /**
   * Parses a comma-separated list of operands, possibly empty.
   *
   * @param delimiter {@code ""} for none, or {@code "()"}, {@code "[]"}, {@code "<>"}, {@code "{}"}
   */
  List<UnresolvedOperand> parseOperandList(String delimiter);

  /** The value {@code operand} names, checked to have {@code type}. */
  Value resolveOperand(UnresolvedOperand operand, Type type);

  /** Resolves operands against types one by one (the counts must agree). */
  List<Value> resolveOperands(List<UnresolvedOperand> operands, List<Type> types);

  /** Parses a region argument {@code %name} with {@code : type} when {@code allowType}. */
  Argument parseArgument(boolean allowType, boolean allowAttributes);

  /** Parses {@code (%a: i32, %b: f32)}, possibly empty, when {@code allowType}. */
  List<Argument> parseArgumentList(String delimiter, boolean allowType, boolean allowAttributes);

  /**
   * Parses a region in braces into {@code region}. When {@code arguments} is not empty, they are
   * the entry block's arguments and the region must not spell out an entry block header.
   */
  void parseRegion(Region region, List<Argument> arguments, boolean enableNameShadowing);

  /** Parses a region if a brace comes next. */
  boolean parseOptionalRegion(Region region, List<Argument> arguments, boolean enableNameShadowing);

  /** Parses {@code ^bb} and returns the block, created now if it is a forward reference. */
  Block parseSuccessor();

  /** Parses a successor if one comes next. */
  Optional<Block> parseOptionalSuccessor();

  /** Parses {@code ^bb(%a, %b : i32, i32)}, adding the operands to {@code operands}. */
  Block parseSuccessorAndUseList(List<Value> operands);

  /** The result count this op was written with ({@code %0:2 = ...} gives 2). */
  int numResults();

  /** The full name of the op being parsed ({@code arith.addi}), as custom-op errors cite it. */
  String opName();

  /** Parses an attribute whose type is {@code type} when left out, if one comes next. */
  Optional<Attribute> parseOptionalAttribute(Type type);

  /** Parses {@code {a = 1, b}} and returns it, if a brace comes next. */
  Optional<DictionaryAttr> parseOptionalAttrDictionary();
}
