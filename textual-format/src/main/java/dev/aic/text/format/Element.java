package dev.aic.text.format;

import dev.aic.ir.sig.AttrSpec;
import dev.aic.ir.sig.OpSignature.NamedArity;
import dev.aic.ir.sig.ValueSpec;
import java.util.List;

/**
 * One element of a compiled assembly format, as MLIR's {@code FormatElement}s: literals,
 * whitespace, variables, directives and groups. Elements are compared by identity (an optional
 * group's anchor is one of its elements).
 */
sealed interface Element {
  /** A keyword or punctuation literal, {@code `to`} or {@code `,`}. */
  record Literal(String spelling) implements Element {}

  /** {@code ` `} (a space), {@code ``} (no space) or {@code `\n`} (a new line). */
  record Space(String value) implements Element {}

  /** {@code $name} of an attribute; {@code qualified} when wrapped in {@code qualified(...)}. */
  record AttrVar(AttrSpec spec, boolean qualified) implements Element {}

  /** {@code $name} of operand group {@code index}. */
  record OperandVar(int index, ValueSpec spec) implements Element {}

  /** {@code $name} of result group {@code index}, only inside {@code type(...)}. */
  record ResultVar(int index, ValueSpec spec) implements Element {}

  /** {@code $name} of region group {@code index}. */
  record RegionVar(int index, NamedArity spec) implements Element {}

  /** {@code $name} of successor group {@code index}. */
  record SuccessorVar(int index, NamedArity spec) implements Element {}

  /** {@code attr-dict} or {@code attr-dict-with-keyword}. */
  record AttrDict(boolean withKeyword) implements Element {}

  /** {@code prop-dict}. */
  record PropDict() implements Element {}

  /** {@code type(arg)}, {@code qualified(type(arg))}. */
  record TypeDir(Element arg, boolean qualified) implements Element {}

  /** {@code functional-type(inputs, results)}. */
  record FunctionalType(Element inputs, Element results) implements Element {}

  /** {@code operands}. */
  record Operands() implements Element {}

  /** {@code results}, only inside {@code type(...)}. */
  record Results() implements Element {}

  /** {@code regions}. */
  record Regions() implements Element {}

  /** {@code successors}. */
  record Successors() implements Element {}

  /** {@code custom<Name>(args)}. */
  record Custom(String name, List<Element> args) implements Element {}

  /** {@code ref(arg)} inside a custom directive: an element bound earlier. */
  record Ref(Element arg) implements Element {}

  /** A string argument of a custom directive, {@code "text"}. */
  record Str(String value) implements Element {}

  /**
   * {@code (then)?} or {@code (then) : (otherwise)?}.
   *
   * @param then the elements printed when the anchor is present
   * @param otherwise the else elements
   * @param anchor the element marked {@code ^}
   * @param inverted whether the anchor is in the else group
   * @param thenStart index of the first non-whitespace element of {@code then}
   */
  record OptionalGroup(
      List<Element> then, List<Element> otherwise, Element anchor, boolean inverted, int thenStart)
      implements Element {}

  /**
   * {@code oilist(`kw` elements | `kw2` elements)}: clauses in any order, each at most once.
   *
   * @param keywords the literal that starts each clause
   * @param clauses the elements of each clause after its literal
   */
  record OIList(List<Literal> keywords, List<List<Element>> clauses) implements Element {}
}
