package dev.aic.opt.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * The process environment a {@link Tool} sees: its standard streams, the directory relative paths
 * resolve against, and environment variables. Tools never touch {@link System#in}, {@link
 * System#out}, the JVM's working directory or {@link System#exit}, so that many can run in one JVM.
 *
 * @param stdin standard input
 * @param stdout standard output
 * @param stderr standard error
 * @param workingDirectory what relative file names resolve against
 * @param environment environment variables
 */
public record ToolIO(
    InputStream stdin,
    PrintStream stdout,
    PrintStream stderr,
    Path workingDirectory,
    Map<String, String> environment) {
  /** How many bytes {@link #readAllBytes} reads at a time. */
  private static final int CHUNK = 1 << 16;

  /** The JVM's own streams, working directory and environment, for a {@code main} method. */
  public static ToolIO system() {
    return new ToolIO(
        System.in, System.out, System.err, Path.of("").toAbsolutePath(), System.getenv());
  }

  /**
   * Resolves a file name given on the command line against {@link #workingDirectory()}.
   *
   * @throws IOException if no file can have that name (it holds a NUL character), as opening it
   *     would fail
   */
  public Path resolve(String fileName) throws IOException {
    try {
      return workingDirectory.resolve(fileName);
    } catch (InvalidPathException e) {
      // No file: callers name the file themselves, as for the errors the OS reports.
      throw new FileSystemException(null, null, "Invalid argument");
    }
  }

  /** The bytes of the file called {@code fileName}, {@linkplain #resolve resolved}. */
  public byte[] readFile(String fileName) throws IOException {
    return readAllBytes(resolve(fileName));
  }

  /**
   * The bytes of the file at {@code path}, read {@value #CHUNK} bytes at a time straight into one
   * array. ({@link Files#readAllBytes} reads through a temporary native buffer as large as the
   * file, whose fresh pages cost an 88 MB input about 90 ms; docs/perf.md.)
   */
  public static byte[] readAllBytes(Path path) throws IOException {
    try (SeekableByteChannel channel = Files.newByteChannel(path)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("Required array size too large");
      }
      byte[] bytes = new byte[(int) size];
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.position() < bytes.length) {
        buffer.limit(Math.min(bytes.length, buffer.position() + CHUNK));
        if (channel.read(buffer) < 0) {
          return Arrays.copyOf(bytes, buffer.position());
        }
      }
      // What a file that grew holds beyond its size, or all of one without a size (a FIFO).
      byte[] more = Channels.newInputStream(channel).readAllBytes();
      if (more.length == 0) {
        return bytes;
      }
      byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
      System.arraycopy(more, 0, all, bytes.length, more.length);
      return all;
    }
  }
}
