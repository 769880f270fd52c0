package dev.aic.opt.lit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aic.opt.tool.ToolIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Properties of the shell pieces: the trace's quoting lexes back to the same argument, and the
 * built-in diff finds a file equal to itself and unequal to a changed copy.
 */
class ShellQuotingProperties {
  @Property
  void quotedArgumentsLexBackUnchanged(@ForAll @StringLength(max = 30) String argument) {
    List<ShellToken> tokens = ShellLexer.lex(PythonText.shellQuote(argument), new ArrayList<>());
    assertEquals(List.of(new ShellToken.Word(argument, false)), tokens);
  }

  @Property(tries = 50)
  void diffSeesEqualityAndChange(@ForAll List<@StringLength(max = 8) String> lines)
      throws IOException {
    Path dir = Files.createTempDirectory("diff");
    String text = lines.stream().map(l -> l.replace("\n", "") + "\n").reduce("", String::concat);
    Files.writeString(dir.resolve("a"), text);
    Files.writeString(dir.resolve("b"), text + "extra line\n");
    try {
      assertEquals(0, diff(dir, "a", "a"));
      assertEquals(1, diff(dir, "a", "b"));
    } finally {
      Files.delete(dir.resolve("a"));
      Files.delete(dir.resolve("b"));
      Files.delete(dir);
    }
  }

  private static int diff(Path dir, String left, String right) {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    ToolIO io = new ToolIO(new ByteArrayInputStream(new byte[0]), sink, sink, dir, Map.of());
    return new DiffCommand().run(List.of(left, right), io);
  }
}
