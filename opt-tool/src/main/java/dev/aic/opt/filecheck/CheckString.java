package dev.aic.opt.filecheck;

import java.util.List;

/**
 * A positive directive with the {@code CHECK-DAG}s and {@code CHECK-NOT}s written before it, as
 * LLVM's {@code FileCheckString}.
 *
 * @param pattern the directive's pattern
 * @param prefix the prefix it was written with, for messages
 * @param dagNots the preceding {@code CHECK-DAG}/{@code CHECK-NOT}s and implicit negative checks
 */
record CheckString(Pattern pattern, String prefix, List<DagNot> dagNots) {
  /**
   * A {@code CHECK-DAG} or {@code CHECK-NOT} with the prefix it was written with.
   *
   * @param pattern its pattern
   * @param prefix its prefix ({@code IMPLICIT-CHECK} for {@code --implicit-check-not})
   */
  record DagNot(Pattern pattern, String prefix) {}
}
