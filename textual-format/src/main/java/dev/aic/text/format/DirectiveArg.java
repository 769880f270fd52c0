package dev.aic.text.format;

import dev.aic.ir.Block;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.sig.Arity;
import dev.aic.ir.type.Type;
import dev.aic.text.UnresolvedOperand;
import java.util.ArrayList;
import java.util.List;

/**
 * One argument of a {@code custom<...>} directive: what it binds, and its values. When printing,
 * the engine fills the values from the op; when parsing, the directive fills them (the {@code
 * ref(...)} arguments come filled with what was parsed before).
 */
public final class DirectiveArg {
  /** What an argument binds. */
  public enum Kind {
    /** {@code $operand}: operands (printing: {@link #values()}, parsing: {@link #operands()}). */
    OPERANDS,
    /** {@code type($x)}: types. */
    TYPES,
    /** {@code $attr}: an attribute, or {@code null} when absent. */
    ATTRIBUTE,
    /** {@code $region}: regions. */
    REGIONS,
    /** {@code $successor}: blocks. */
    SUCCESSORS,
    /** {@code attr-dict}: the discardable attributes. */
    ATTR_DICT,
    /** {@code "text"}: a string constant. */
    STRING
  }

  private final Kind kind;
  private final String name;
  private final Arity arity;
  private final boolean isRef;
  private final List<Value> values = new ArrayList<>();
  private final List<UnresolvedOperand> operands = new ArrayList<>();
  private final List<Type> types = new ArrayList<>();
  private final List<Region> regions = new ArrayList<>();
  private final List<Block> successors = new ArrayList<>();
  private Attribute attribute;
  private DictionaryAttr dictionary = DictionaryAttr.EMPTY;

  DirectiveArg(Kind kind, String name, Arity arity, boolean isRef) {
    this.kind = kind;
    this.name = name;
    this.arity = arity;
    this.isRef = isRef;
  }

  /** What the argument binds. */
  public Kind kind() {
    return kind;
  }

  /** The variable's name ({@code lhs} for {@code $lhs} and {@code type($lhs)}), or the string. */
  public String name() {
    return name;
  }

  /** How many values the bound group holds. */
  public Arity arity() {
    return arity;
  }

  /** Whether the argument is a {@code ref(...)}, read-only when parsing. */
  public boolean isRef() {
    return isRef;
  }

  /** The operand values (printing). */
  public List<Value> values() {
    return values;
  }

  /** The parsed operands; a directive adds to this list when parsing. */
  public List<UnresolvedOperand> operands() {
    return operands;
  }

  /** The types; a directive adds to this list when parsing. */
  public List<Type> types() {
    return types;
  }

  /** The regions; when parsing, single regions come as one empty region to parse into. */
  public List<Region> regions() {
    return regions;
  }

  /** The successor blocks; a directive adds to this list when parsing. */
  public List<Block> successors() {
    return successors;
  }

  /** The attribute, or {@code null} when absent. */
  public Attribute attribute() {
    return attribute;
  }

  /** Sets the parsed attribute ({@code null} for absent). */
  public void setAttribute(Attribute value) {
    this.attribute = value;
  }

  /** The attribute dictionary ({@code attr-dict} arguments). */
  public DictionaryAttr dictionary() {
    return dictionary;
  }

  /** Sets the parsed attribute dictionary. */
  public void setDictionary(DictionaryAttr value) {
    this.dictionary = value;
  }
}
