package dev.aic.text.print;

/**
 * How {@link AsmPrinter} prints; each flag mirrors an {@code mlir-opt} option.
 *
 * @param generic print every op in generic form ({@code --mlir-print-op-generic}); this also makes
 *     SSA numbers unique across sibling regions and ignores result name hints, as MLIR does
 * @param debugInfo print locations and their {@code #loc} aliases ({@code --mlir-print-debuginfo})
 * @param localScope number values from the nearest op isolated from above and print no aliases
 *     ({@code --mlir-print-local-scope})
 * @param elideElementsAttrsIfLarger print dense elements attributes with more elements than this,
 *     unless splat, as {@code dense_resource<__elided__>}; {@code -1} never elides ({@code
 *     --mlir-elide-elementsattrs-if-larger=N})
 * @param uniqueSsaIds number values uniquely across sibling regions even in custom form ({@code
 *     --mlir-print-unique-ssa-ids})
 */
public record PrintOptions(
    boolean generic,
    boolean debugInfo,
    boolean localScope,
    long elideElementsAttrsIfLarger,
    boolean uniqueSsaIds) {
  /** {@code mlir-opt}'s defaults: custom forms, no locations, aliases, no elision. */
  public static final PrintOptions DEFAULT = new PrintOptions(false, false, false, -1, false);

  /** Checks the elision limit. */
  public PrintOptions {
    if (elideElementsAttrsIfLarger < -1) {
      throw new IllegalArgumentException(
          "elideElementsAttrsIfLarger must be -1 or at least 0: " + elideElementsAttrsIfLarger);
    }
  }

  /** These options with {@link #generic} set to {@code value}. */
  public PrintOptions withGeneric(boolean value) {
    return new PrintOptions(value, debugInfo, localScope, elideElementsAttrsIfLarger, uniqueSsaIds);
  }

  /** These options with {@link #debugInfo} set to {@code value}. */
  public PrintOptions withDebugInfo(boolean value) {
    return new PrintOptions(generic, value, localScope, elideElementsAttrsIfLarger, uniqueSsaIds);
  }

  /** These options with {@link #localScope} set to {@code value}. */
  public PrintOptions withLocalScope(boolean value) {
    return new PrintOptions(generic, debugInfo, value, elideElementsAttrsIfLarger, uniqueSsaIds);
  }

  /** These options with {@link #elideElementsAttrsIfLarger} set to {@code limit}. */
  public PrintOptions withElideElementsAttrsIfLarger(long limit) {
    return new PrintOptions(generic, debugInfo, localScope, limit, uniqueSsaIds);
  }

  /** These options with {@link #uniqueSsaIds} set to {@code value}. */
  public PrintOptions withUniqueSsaIds(boolean value) {
    return new PrintOptions(generic, debugInfo, localScope, elideElementsAttrsIfLarger, value);
  }

  /** Whether SSA numbers continue across sibling regions instead of restarting in each. */
  boolean numbersUniquely() {
    return uniqueSsaIds || generic;
  }

  /** Whether {@code numElements} elements of a non-splat attribute are elided. */
  boolean elides(long numElements) {
    return elideElementsAttrsIfLarger >= 0 && numElements > elideElementsAttrsIfLarger;
  }
}
