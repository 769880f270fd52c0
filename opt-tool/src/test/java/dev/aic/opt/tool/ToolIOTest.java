package dev.aic.opt.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolIOTest {
  private final ToolIO io =
      new ToolIO(
          new ByteArrayInputStream(new byte[0]), System.out, System.err, Path.of("/w"), Map.of());

  @Test
  void namesResolveAgainstTheWorkingDirectory() throws IOException {
    assertEquals(Path.of("/w/a/b.mlir"), io.resolve("a/b.mlir"));
    assertEquals(Path.of("/abs.mlir"), io.resolve("/abs.mlir"));
  }

  /** What every tool reports as it would a file the OS refuses, not as an internal error. */
  @Test
  void aNameWithANulIsAnInvalidArgument() {
    FileSystemException refused = assertThrows(FileSystemException.class, () -> io.resolve("a\0b"));
    assertEquals("Invalid argument", refused.getMessage());
  }
}
