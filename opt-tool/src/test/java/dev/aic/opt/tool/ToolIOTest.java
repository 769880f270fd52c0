package dev.aic.opt.tool;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolIOTest {
  private final ToolIO io =
      new ToolIO(
          new ByteArrayInputStream(new byte[0]), System.out, System.err, Path.of("/w"), Map.of());

  @Test
  void namesResolveAgainstTheWorkingDirectory() throws IOException {
    assertEquals(Path.of("/w/a/b.mlir"), io.resolve("a/b.mlir"));
    assertEquals(Path.of("/abs.mlir"), io.resolve("/abs.mlir"));
  }

  @Test
  void filesAreReadWholeWhateverTheirSizeAgainstTheChunks(@TempDir Path dir) throws IOException {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 65535, 65536, 65537, 3 * 65536 + 11}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Path file = Files.write(dir.resolve("f" + size), bytes);
      assertArrayEquals(bytes, ToolIO.readAllBytes(file), "size " + size);
      ToolIO here = new ToolIO(io.stdin(), io.stdout(), io.stderr(), dir, Map.of());
      assertArrayEquals(bytes, here.readFile("f" + size), "size " + size);
    }
    assertThrows(NoSuchFileException.class, () -> ToolIO.readAllBytes(dir.resolve("none")));
  }

  /** Files that report no size, as those of /proc, are read to their end all the same. */
  @Test
  void filesWithoutASizeAreReadToTheirEnd() throws IOException {
    Path status = Path.of("/proc/self/status");
    assumeTrue(Files.isReadable(status) && Files.size(status) == 0);
    String text = new String(ToolIO.readAllBytes(status), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("Name:"), text);
  }

  /** What every tool reports as it would a file the OS refuses, not as an internal error. */
  @Test
  void aNameWithANulIsAnInvalidArgument() {
    FileSystemException refused = assertThrows(FileSystemException.class, () -> io.resolve("a\0b"));
    assertEquals("Invalid argument", refused.getMessage());
  }
}
