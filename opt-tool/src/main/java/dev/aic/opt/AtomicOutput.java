package dev.aic.opt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An output file that appears whole or not at all: bytes go to a temporary file beside the target,
 * which {@link #commit} moves over the target atomically; {@link #close} without a commit deletes
 * it, so a failed run leaves neither a half-written file nor a changed old one.
 */
final class AtomicOutput implements AutoCloseable {
  private final Path target;
  private final Path temporary;
  private final OutputStream stream;
  private boolean committed;

  private AtomicOutput(Path target, Path temporary) throws IOException {
    this.target = target;
    this.temporary = temporary;
    this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
  }

  /**
   * Opens an output for {@code target}; fails as opening the target would if its directory is
   * missing or not writable.
   */
  static AtomicOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temporary =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    // Temporary files are private (0600); the result should look like any file the user writes.
    PosixFileAttributeView posix =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (posix != null) {
      posix.setPermissions(
          Files.exists(absolute)
              ? Files.getPosixFilePermissions(absolute)
              : PosixFilePermissions.fromString("rw-r--r--"));
    }
    return new AtomicOutput(absolute, temporary);
  }

  /** Where to write the content. */
  OutputStream stream() {
    return stream;
  }

  /** Closes the stream and moves the content over the target. */
  void commit() throws IOException {
    stream.close();
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      // Same directory, so this happens only on file systems without rename; still replace.
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
  }

  /** Deletes the temporary file unless {@link #commit} succeeded. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        stream.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }
}
