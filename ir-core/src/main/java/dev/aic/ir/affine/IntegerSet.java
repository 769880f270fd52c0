package dev.aic.ir.affine;

import dev.aic.ir.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A set of integer points given by affine constraints over {@code numDims} dimensions and {@code
 * numSymbols} symbols, {@code (d0)[s0] : (d0 - s0 >= 0, d0 == 0)}, with MLIR 22's semantics: each
 * constraint is an expression that must be {@code == 0} (an equality) or {@code >= 0}.
 *
 * <p>As in MLIR a set has at least one constraint: the set with no constraint is written {@link
 * #universe} {@code (0 == 0)}, which is what MLIR's parser makes of {@code (d0) : ()}, and the
 * canonical empty set is {@link #empty} {@code (1 == 0)}.
 *
 * @param numDims the number of dimensions, at least 0
 * @param numSymbols the number of symbols, at least 0
 * @param constraints the constraint expressions, at least one
 * @param eqFlags for each constraint, whether it is an equality ({@code == 0}) rather than an
 *     inequality ({@code >= 0})
 */
public record IntegerSet(
    int numDims, int numSymbols, List<AffineExpr> constraints, List<Boolean> eqFlags) {
  /** Validates the components and copies the lists. */
  public IntegerSet {
    constraints = List.copyOf(constraints);
    eqFlags = List.copyOf(eqFlags);
    if (constraints.isEmpty()) {
      throw new IllegalArgumentException("an integer set needs at least one constraint");
    }
    if (constraints.size() != eqFlags.size()) {
      throw new IllegalArgumentException("one equality flag per constraint expected");
    }
    // Range-checks the counts and the identifiers the constraints use.
    new AffineMap(numDims, numSymbols, constraints);
  }

  /** The set interned in {@code ctx}, so that equal sets are one object. */
  public static IntegerSet get(
      Context ctx,
      int numDims,
      int numSymbols,
      List<AffineExpr> constraints,
      List<Boolean> eqFlags) {
    return ctx.intern(new IntegerSet(numDims, numSymbols, constraints, eqFlags));
  }

  /** The canonical empty set {@code (...) : (1 == 0)}, MLIR's {@code IntegerSet::getEmptySet}. */
  public static IntegerSet empty(int numDims, int numSymbols) {
    return new IntegerSet(numDims, numSymbols, List.of(AffineExpr.constant(1)), List.of(true));
  }

  /** The set of all points, {@code (...) : (0 == 0)}. */
  public static IntegerSet universe(int numDims, int numSymbols) {
    return new IntegerSet(numDims, numSymbols, List.of(AffineExpr.constant(0)), List.of(true));
  }

  /** Whether this is the canonical empty set {@code (1 == 0)} (a trivial check, as in MLIR). */
  public boolean isEmptyIntegerSet() {
    return equals(empty(numDims, numSymbols));
  }

  /** The number of constraints. */
  public int numConstraints() {
    return constraints.size();
  }

  /** The number of equalities. */
  public int numEqualities() {
    return (int) eqFlags.stream().filter(eq -> eq).count();
  }

  /** The number of inequalities. */
  public int numInequalities() {
    return numConstraints() - numEqualities();
  }

  /** The number of inputs, dimensions and symbols together. */
  public int numInputs() {
    return numDims + numSymbols;
  }

  /** Constraint {@code index}'s expression. */
  public AffineExpr constraint(int index) {
    return constraints.get(index);
  }

  /** Whether constraint {@code index} is an equality. */
  public boolean isEq(int index) {
    return eqFlags.get(index);
  }

  /**
   * Substitutes {@code dims} and {@code symbols} in every constraint; the new set has {@code
   * numResultDims} dimensions and {@code numResultSymbols} symbols.
   */
  public IntegerSet replaceDimsAndSymbols(
      List<AffineExpr> dims, List<AffineExpr> symbols, int numResultDims, int numResultSymbols) {
    List<AffineExpr> replaced = new ArrayList<>(constraints.size());
    for (AffineExpr constraint : constraints) {
      replaced.add(constraint.replaceDimsAndSymbols(dims, symbols));
    }
    return new IntegerSet(numResultDims, numResultSymbols, replaced, eqFlags);
  }

  /**
   * Whether the point satisfies every constraint; empty if a constraint divides by zero at that
   * point.
   */
  public Optional<Boolean> contains(long[] dims, long[] symbols) {
    for (int i = 0; i < constraints.size(); i++) {
      OptionalLong value = constraints.get(i).evaluate(dims, symbols);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      long v = value.getAsLong();
      if (eqFlags.get(i) ? v != 0 : v < 0) {
        return Optional.of(false);
      }
    }
    return Optional.of(true);
  }

  /** Appends {@code (d0)[s0] : (d0 - s0 >= 0)}, the text inside {@code affine_set<...>}. */
  public void print(StringBuilder out) {
    AffineMap.printInputs(out, numDims, numSymbols);
    out.append(" : (");
    for (int i = 0; i < constraints.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      AffineExprPrinter.print(constraints.get(i), out);
      out.append(eqFlags.get(i) ? " == 0" : " >= 0");
    }
    out.append(')');
  }

  /** The MLIR text, {@code (d0)[s0] : (d0 - s0 >= 0)}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    print(out);
    return out.toString();
  }

  // Written out, as the record would generate them: the generated ones link through
  // ObjectMethods on first use, which costs start-up time no CDS archive saves (docs/perf.md).
  @Override
  public boolean equals(Object other) {
    return other instanceof IntegerSet that
        && numDims == that.numDims
        && numSymbols == that.numSymbols
        && Objects.equals(constraints, that.constraints)
        && Objects.equals(eqFlags, that.eqFlags);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Integer.hashCode(numDims);
    hash = 31 * hash + Integer.hashCode(numSymbols);
    hash = 31 * hash + Objects.hashCode(constraints);
    hash = 31 * hash + Objects.hashCode(eqFlags);
    return hash;
  }
}
