package dev.aic.opt.filecheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** LLVM's {@code split-file} for the tests: writes each {@code //--- name} part to its file. */
final class SplitFile {
  private SplitFile() {}

  static Runs.Outcome split(Path input, Path directory) throws IOException {
    String text = Files.readString(input, StandardCharsets.ISO_8859_1);
    Files.createDirectories(directory);
    String name = null;
    StringBuilder part = new StringBuilder();
    for (String line : text.split("(?<=\n)")) {
      if (line.startsWith("//--- ")) {
        write(directory, name, part);
        name = line.substring(6).strip();
        part.setLength(0);
      } else if (name != null) {
        part.append(line);
      }
    }
    write(directory, name, part);
    return new Runs.Outcome(0, "", "");
  }

  private static void write(Path directory, String name, StringBuilder part) throws IOException {
    if (name != null) {
      Files.writeString(directory.resolve(name), part, StandardCharsets.ISO_8859_1);
    }
  }
}
