package dev.aic.ir.sig;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named pieces of an op, as its spec declares them: operand and result groups, attributes,
 * regions and successors, plus which groups share one type. Assembly formats, typed views and
 * generated docs read it; ops without a spec have none.
 *
 * @param operands the operand groups, in order
 * @param results the result groups, in order
 * @param attributes the attributes
 * @param regions the region names with their arity
 * @param successors the successor names with their arity
 * @param sameTypeGroups sets of operand/result names whose types are all equal, so a format that
 *     prints one of them lets the parser infer the others ({@code AllTypesMatch})
 */
public record OpSignature(
    List<ValueSpec> operands,
    List<ValueSpec> results,
    List<AttrSpec> attributes,
    List<NamedArity> regions,
    List<NamedArity> successors,
    List<Set<String>> sameTypeGroups) {
  /** Copies the lists. */
  public OpSignature {
    operands = List.copyOf(operands);
    results = List.copyOf(results);
    attributes = List.copyOf(attributes);
    regions = List.copyOf(regions);
    successors = List.copyOf(successors);
    sameTypeGroups = sameTypeGroups.stream().map(Set::copyOf).toList();
  }

  /**
   * A region or successor name with how many it stands for.
   *
   * @param name the name
   * @param arity single, optional or variadic
   */
  public record NamedArity(String name, Arity arity) {}

  /** The operand group named {@code name}. */
  public Optional<ValueSpec> operand(String name) {
    return operands.stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /** The result group named {@code name}. */
  public Optional<ValueSpec> result(String name) {
    return results.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The attribute named {@code name}. */
  public Optional<AttrSpec> attribute(String name) {
    return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** Whether more than one operand group is not single, so segment sizes are needed. */
  public boolean needsOperandSegments() {
    return operands.stream().filter(o -> o.arity() != Arity.SINGLE).count() > 1;
  }

  /** Whether more than one result group is not single. */
  public boolean needsResultSegments() {
    return results.stream().filter(r -> r.arity() != Arity.SINGLE).count() > 1;
  }
}
