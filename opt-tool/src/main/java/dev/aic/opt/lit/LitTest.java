package dev.aic.opt.lit;

import java.nio.file.Path;

/**
 * One test file of a suite.
 *
 * @param config the suite's configuration
 * @param pathInSuite the path below the suite root with {@code /} separators
 * @param source the test file
 */
public record LitTest(LitConfig config, String pathInSuite, Path source) {
  /** lit's name for the test: {@code aic :: dir/file.mlir}. */
  public String fullName() {
    return config.name() + " :: " + pathInSuite;
  }

  /** The test's place under the execution root. */
  public Path execPath() {
    return config.execRoot().resolve(pathInSuite);
  }

  /** The directory RUN lines start in: the one holding {@link #execPath()}. */
  public Path execDirectory() {
    return execPath().getParent();
  }

  /** {@code Output/<file name>} next to the exec path; {@code %t} is this plus {@code .tmp}. */
  public Path tmpBase() {
    return execDirectory().resolve("Output").resolve(execPath().getFileName());
  }
}
