package dev.aic.opt;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.atomic.AtomicInteger;

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

  /** Names tried in this JVM, so that concurrent in-process runs do not collide. */
  private static final AtomicInteger NAMES = new AtomicInteger();

  /** How many taken names {@link #open} skips before giving up. */
  private static final int ATTEMPTS = 100;

  private AtomicOutput(Path target, Path temporary, OutputStream stream) {
    this.target = target;
    this.temporary = temporary;
    this.stream = new BufferedOutputStream(stream, 1 << 16);
  }

  /**
   * Opens an output for {@code target}; fails as opening the target would if its directory is
   * missing or not writable.
   */
  static AtomicOutput open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    // Named by clock and counter rather than by Files.createTempFile, whose SecureRandom set-up
    // cost a short run about 40 ms (docs/perf.md; ProcessHandle's pid would cost its lambdas):
    // CREATE_NEW still makes the name ours alone, and a taken name only means another try.
    String prefix = "." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + "-";
    for (int attempt = 0; ; attempt++) {
      Path temporary = absolute.resolveSibling(prefix + NAMES.getAndIncrement() + ".tmp");
      OutputStream stream;
      try {
        stream = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        if (attempt < ATTEMPTS) {
          continue;
        }
        throw e;
      }
      AtomicOutput output = new AtomicOutput(absolute, temporary, stream);
      try {
        // The result should look like the file it replaces, or like any new file the user writes.
        PosixFileAttributeView posix =
            Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
        if (posix != null) {
          posix.setPermissions(
              Files.exists(absolute)
                  ? Files.getPosixFilePermissions(absolute)
                  : PosixFilePermissions.fromString("rw-r--r--"));
        }
      } catch (IOException e) {
        output.close();
        throw e;
      }
      return output;
    }
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
