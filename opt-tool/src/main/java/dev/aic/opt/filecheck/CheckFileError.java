package dev.aic.opt.filecheck;

/**
 * Reading the check file failed; the message is already printed and {@link #status()} is the exit
 * status (2, or 1 where LLVM's FileCheck calls {@code exit(1)} in the middle of parsing).
 */
final class CheckFileError extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  CheckFileError(int status) {
    super(null, null, false, false);
    this.status = status;
  }

  int status() {
    return status;
  }
}
