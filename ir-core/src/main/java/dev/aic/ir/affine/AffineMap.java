package dev.aic.ir.affine;

import dev.aic.ir.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A function from {@code numDims} dimensions and {@code numSymbols} symbols to a list of affine
 * expressions, {@code (d0, d1)[s0] -> (d0 + s0, d1 floordiv 2)}, with MLIR 22's semantics.
 *
 * <p>Maps are immutable values compared with {@code equals}; {@link #get(Context, int, int, List)}
 * also interns them in a context. The results are kept as given: build them through the simplifying
 * factories of {@link AffineExpr}, or call {@link #simplify}.
 *
 * @param numDims the number of dimensions, at least 0
 * @param numSymbols the number of symbols, at least 0
 * @param results the result expressions, using only dimensions below {@code numDims} and symbols
 *     below {@code numSymbols}
 */
public record AffineMap(int numDims, int numSymbols, List<AffineExpr> results) {
  /** Validates the counts and copies the results. */
  public AffineMap {
    if (numDims < 0 || numSymbols < 0) {
      throw new IllegalArgumentException("negative dimension or symbol count");
    }
    results = List.copyOf(results);
    for (AffineExpr result : results) {
      result.walk(
          e -> {
            if (e instanceof AffineDimExpr d && d.position() >= numDims) {
              throw new IllegalArgumentException(
                  "d" + d.position() + " out of range in a map with " + numDims + " dimensions");
            }
            if (e instanceof AffineSymbolExpr s && s.position() >= numSymbols) {
              throw new IllegalArgumentException(
                  "s" + s.position() + " out of range in a map with " + numSymbols + " symbols");
            }
          });
    }
  }

  /** The map {@code (d0, ...)[s0, ...] -> (results...)}. */
  public static AffineMap get(int numDims, int numSymbols, AffineExpr... results) {
    return new AffineMap(numDims, numSymbols, List.of(results));
  }

  /** The map interned in {@code ctx}, so that equal maps are one object. */
  public static AffineMap get(Context ctx, int numDims, int numSymbols, List<AffineExpr> results) {
    return ctx.intern(new AffineMap(numDims, numSymbols, results));
  }

  /** The map {@code () -> ()}. */
  public static AffineMap empty() {
    return new AffineMap(0, 0, List.of());
  }

  /** The map without results {@code (d0, ...)[s0, ...] -> ()}. */
  public static AffineMap empty(int numDims, int numSymbols) {
    return new AffineMap(numDims, numSymbols, List.of());
  }

  /** The identity {@code (d0, ..., dn-1) -> (d0, ..., dn-1)}, MLIR's multi-dim identity map. */
  public static AffineMap identity(int numDims) {
    return minorIdentity(numDims, numDims);
  }

  /** The map {@code () -> (value)}. */
  public static AffineMap constant(long value) {
    return get(0, 0, AffineExpr.constant(value));
  }

  /**
   * The permutation map {@code (d0, ..., dn-1) -> (d[p0], ..., d[pn-1])}; {@code permutation} must
   * hold each of {@code 0 ... n-1} once.
   */
  public static AffineMap permutation(int... permutation) {
    boolean[] seen = new boolean[permutation.length];
    List<AffineExpr> results = new ArrayList<>(permutation.length);
    for (int p : permutation) {
      if (p < 0 || p >= permutation.length || seen[p]) {
        throw new IllegalArgumentException("not a permutation: " + Arrays.toString(permutation));
      }
      seen[p] = true;
      results.add(AffineExpr.dim(p));
    }
    return new AffineMap(permutation.length, 0, results);
  }

  /**
   * The identity on the {@code numResults} innermost dimensions: {@code (d0, ..., dn-1) ->
   * (dn-numResults, ..., dn-1)}.
   */
  public static AffineMap minorIdentity(int numDims, int numResults) {
    if (numResults > numDims || numResults < 0) {
      throw new IllegalArgumentException(numResults + " results for " + numDims + " dimensions");
    }
    List<AffineExpr> results = new ArrayList<>(numResults);
    for (int i = numDims - numResults; i < numDims; i++) {
      results.add(AffineExpr.dim(i));
    }
    return new AffineMap(numDims, 0, results);
  }

  /** The number of results. */
  public int numResults() {
    return results.size();
  }

  /** The number of inputs, dimensions and symbols together. */
  public int numInputs() {
    return numDims + numSymbols;
  }

  /** Result {@code index}. */
  public AffineExpr result(int index) {
    return results.get(index);
  }

  /** Whether this is {@code () -> ()}: no dimensions, symbols or results. */
  public boolean isEmpty() {
    return numDims == 0 && numSymbols == 0 && results.isEmpty();
  }

  /** Whether result {@code i} is {@code di} for every dimension {@code i} (symbols may exist). */
  public boolean isIdentity() {
    if (numDims != results.size()) {
      return false;
    }
    for (int i = 0; i < numDims; i++) {
      if (!(results.get(i) instanceof AffineDimExpr d && d.position() == i)) {
        return false;
      }
    }
    return true;
  }

  /** Whether this map has exactly one result and it is a constant. */
  public boolean isSingleConstant() {
    return results.size() == 1 && results.get(0).isConstant();
  }

  /** The constant of a {@linkplain #isSingleConstant single-constant} map. */
  public long singleConstantResult() {
    if (!isSingleConstant()) {
      throw new IllegalStateException("not a single-constant map: " + this);
    }
    return results.get(0).constantValue();
  }

  /** Whether every result is a constant. */
  public boolean isConstant() {
    return results.stream().allMatch(AffineExpr::isConstant);
  }

  /**
   * Whether each result is a distinct dimension, without symbols (a projection followed by a
   * permutation); with {@code allowZeroInResults}, results may also be the constant 0.
   */
  public boolean isProjectedPermutation(boolean allowZeroInResults) {
    if (numSymbols > 0 || results.size() > numDims) {
      return false;
    }
    boolean[] seen = new boolean[numDims];
    for (AffineExpr result : results) {
      if (result instanceof AffineDimExpr d) {
        if (seen[d.position()]) {
          return false;
        }
        seen[d.position()] = true;
      } else if (!allowZeroInResults
          || !(result instanceof AffineConstantExpr c && c.value() == 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether each result is a distinct dimension and there are no symbols. */
  public boolean isProjectedPermutation() {
    return isProjectedPermutation(false);
  }

  /** Whether this map permutes its dimensions: a projected permutation with all of them. */
  public boolean isPermutation() {
    return numDims == results.size() && isProjectedPermutation();
  }

  /**
   * This map after {@code other}: the map {@code x -> this(other(x))}, MLIR's {@code
   * AffineMap::compose}. {@code other} must have as many results as this map has dimensions. The
   * composed map takes {@code other}'s dimensions, and this map's symbols followed by {@code
   * other}'s.
   */
  public AffineMap compose(AffineMap other) {
    if (numDims != other.numResults()) {
      throw new IllegalArgumentException(
          "cannot compose a map of "
              + numDims
              + " dims with one of "
              + other.numResults()
              + " results");
    }
    int composedSymbols = numSymbols + other.numSymbols;
    List<AffineExpr> otherDims = new ArrayList<>(other.numDims);
    for (int i = 0; i < other.numDims; i++) {
      otherDims.add(AffineExpr.dim(i));
    }
    List<AffineExpr> otherSymbols = new ArrayList<>(other.numSymbols);
    for (int i = 0; i < other.numSymbols; i++) {
      otherSymbols.add(AffineExpr.symbol(numSymbols + i));
    }
    AffineMap shifted =
        other.replaceDimsAndSymbols(otherDims, otherSymbols, other.numDims, composedSymbols);
    List<AffineExpr> composed = new ArrayList<>(results.size());
    for (AffineExpr result : results) {
      composed.add(result.compose(shifted));
    }
    return new AffineMap(other.numDims, composedSymbols, composed);
  }

  /**
   * The inverse of a (projected) permutation, MLIR's {@code inversePermutation}: for each
   * dimension, the position of the first result that is that dimension. Results that are not
   * dimensions, and repeated dimensions, are skipped. Empty when some dimension is not a result;
   * the empty map is its own inverse. This map must have no symbols.
   */
  public Optional<AffineMap> inversePermutation() {
    if (isEmpty()) {
      return Optional.of(this);
    }
    if (numSymbols != 0) {
      throw new IllegalStateException("expected a map without symbols: " + this);
    }
    AffineExpr[] inverse = new AffineExpr[numDims];
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i) instanceof AffineDimExpr d && inverse[d.position()] == null) {
        inverse[d.position()] = AffineExpr.dim(i);
      }
    }
    if (Arrays.asList(inverse).contains(null)) {
      return Optional.empty();
    }
    return Optional.of(new AffineMap(results.size(), 0, Arrays.asList(inverse)));
  }

  /** The map with only the results at {@code positions}, in that order. */
  public AffineMap subMap(int... positions) {
    List<AffineExpr> selected = new ArrayList<>(positions.length);
    for (int position : positions) {
      selected.add(results.get(position));
    }
    return new AffineMap(numDims, numSymbols, selected);
  }

  /** The map without the results at {@code positions}. */
  public AffineMap dropResults(int... positions) {
    boolean[] dropped = new boolean[results.size()];
    for (int position : positions) {
      Objects.checkIndex(position, results.size());
      dropped[position] = true;
    }
    List<AffineExpr> kept = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      if (!dropped[i]) {
        kept.add(results.get(i));
      }
    }
    return new AffineMap(numDims, numSymbols, kept);
  }

  /**
   * Substitutes {@code dims} and {@code symbols} in every result (see {@link
   * AffineExpr#replaceDimsAndSymbols}); the new map has {@code numResultDims} dimensions and {@code
   * numResultSymbols} symbols.
   */
  public AffineMap replaceDimsAndSymbols(
      List<AffineExpr> dims, List<AffineExpr> symbols, int numResultDims, int numResultSymbols) {
    List<AffineExpr> replaced = new ArrayList<>(results.size());
    for (AffineExpr result : results) {
      replaced.add(result.replaceDimsAndSymbols(dims, symbols));
    }
    return new AffineMap(numResultDims, numResultSymbols, replaced);
  }

  /**
   * This map with {@code shift} more dimensions, {@code d[offset...]} renamed up by {@code shift}.
   */
  public AffineMap shiftDims(int shift, int offset) {
    List<AffineExpr> shifted = new ArrayList<>(results.size());
    for (AffineExpr result : results) {
      shifted.add(result.shiftDims(numDims, shift, offset));
    }
    return new AffineMap(numDims + shift, numSymbols, shifted);
  }

  /** This map with {@code shift} more symbols, {@code s[offset...]} renamed up by {@code shift}. */
  public AffineMap shiftSymbols(int shift, int offset) {
    List<AffineExpr> shifted = new ArrayList<>(results.size());
    for (AffineExpr result : results) {
      shifted.add(result.shiftSymbols(numSymbols, shift, offset));
    }
    return new AffineMap(numDims, numSymbols + shift, shifted);
  }

  /** This map with every result rebuilt through the simplifying factories. */
  public AffineMap simplify() {
    List<AffineExpr> simplified = new ArrayList<>(results.size());
    for (AffineExpr result : results) {
      simplified.add(result.simplify());
    }
    return new AffineMap(numDims, numSymbols, simplified);
  }

  /**
   * The results for the given dimension and symbol values (see {@link AffineExpr#evaluate}); empty
   * if some result divides by zero.
   */
  public Optional<long[]> evaluate(long[] dims, long[] symbols) {
    if (dims.length != numDims || symbols.length != numSymbols) {
      throw new IllegalArgumentException(
          "expected " + numDims + " dimension and " + numSymbols + " symbol values");
    }
    long[] values = new long[results.size()];
    for (int i = 0; i < values.length; i++) {
      OptionalLong value = results.get(i).evaluate(dims, symbols);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      values[i] = value.getAsLong();
    }
    return Optional.of(values);
  }

  /** Appends {@code (d0, d1)[s0] -> (...)}, the text inside {@code affine_map<...>}. */
  public void print(StringBuilder out) {
    printInputs(out, numDims, numSymbols);
    out.append(" -> (");
    for (int i = 0; i < results.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      AffineExprPrinter.print(results.get(i), out);
    }
    out.append(')');
  }

  /** Appends the dimension list and, when there are symbols, the symbol list. */
  static void printInputs(StringBuilder out, int numDims, int numSymbols) {
    out.append('(');
    for (int i = 0; i < numDims; i++) {
      out.append(i > 0 ? ", d" : "d").append(i);
    }
    out.append(')');
    if (numSymbols > 0) {
      out.append('[');
      for (int i = 0; i < numSymbols; i++) {
        out.append(i > 0 ? ", s" : "s").append(i);
      }
      out.append(']');
    }
  }

  /** The MLIR text, {@code (d0)[s0] -> (d0 + s0)}. */
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
    return other instanceof AffineMap that
        && numDims == that.numDims
        && numSymbols == that.numSymbols
        && Objects.equals(results, that.results);
  }

  @Override
  public int hashCode() {
    int hash = 0;
    hash = 31 * hash + Integer.hashCode(numDims);
    hash = 31 * hash + Integer.hashCode(numSymbols);
    hash = 31 * hash + Objects.hashCode(results);
    return hash;
  }
}
