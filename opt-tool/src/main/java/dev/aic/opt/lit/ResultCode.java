package dev.aic.opt.lit;

/**
 * The outcome of one test, in lit's declaration order (which is also the order of the summary).
 * XPASS counts as a failure, as in upstream LLVM lit.
 */
public enum ResultCode {
  EXCLUDED("Excluded", false),
  SKIPPED("Skipped", false),
  UNSUPPORTED("Unsupported", false),
  PASS("Passed", false),
  FLAKYPASS("Passed With Retry", false),
  XFAIL("Expectedly Failed", false),
  UNRESOLVED("Unresolved", true),
  TIMEOUT("Timed Out", true),
  FAIL("Failed", true),
  XPASS("Unexpectedly Passed", true);

  private final String label;
  private final boolean failure;

  ResultCode(String label, boolean failure) {
    this.label = label;
    this.failure = failure;
  }

  /** The summary label, e.g. {@code Expectedly Failed}. */
  public String label() {
    return label;
  }

  /** Whether this outcome makes the run fail. */
  public boolean isFailure() {
    return failure;
  }
}
