package dev.aic.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aic.ir.Context;
import dev.aic.ir.Operation;
import dev.aic.text.MlirParser;
import dev.aic.text.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --emit=json}: the documented schema, read back with Jackson. */
class IrJsonEmitterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String INPUT =
      """
      "test.func"() <{sym_name = "f"}> ({
      ^bb0(%a: i32):
        %0 = "test.add"(%a, %a) {fast} : (i32, i32) -> i32
        "test.br"(%0)[^bb1] : (i32) -> ()
      ^bb1(%b: i32):
        "test.return"(%b) : (i32) -> ()
      }) : () -> ()
      """;

  @TempDir Path dir;

  private static JsonNode emit(String text) throws IOException {
    Context context = new Context();
    context.setAllowUnregisteredDialects(true);
    Operation module = MlirParser.parse(context, new SourceFile("in.mlir", text)).orElseThrow();
    StringBuilder out = new StringBuilder();
    new IrJsonEmitter().emit(module, out);
    return MAPPER.readTree(out.toString());
  }

  private static List<JsonNode> ops(JsonNode op, List<JsonNode> into) {
    into.add(op);
    for (JsonNode region : op.get("regions")) {
      for (JsonNode block : region.get("blocks")) {
        block.get("operations").forEach(nested -> ops(nested, into));
      }
    }
    return into;
  }

  @Test
  void theDocumentNamesItsFormat() throws IOException {
    JsonNode document = emit(INPUT);
    assertEquals("aic-ir", document.get("format").asText());
    assertEquals(IrJsonEmitter.VERSION, document.get("version").asInt());
    assertEquals("builtin.module", document.get("operation").get("name").asText());
  }

  @Test
  void everyOpHasEveryField() throws IOException {
    for (JsonNode op : ops(emit(INPUT).get("operation"), new ArrayList<>())) {
      for (String field :
          List.of(
              "name",
              "location",
              "operands",
              "results",
              "properties",
              "attributes",
              "successors",
              "regions")) {
        assertTrue(op.has(field), field + " missing in " + op);
      }
    }
  }

  @Test
  void opsCarryTheirParts() throws IOException {
    List<JsonNode> ops = ops(emit(INPUT).get("operation"), new ArrayList<>());
    JsonNode func = ops.get(1);
    assertEquals("test.func", func.get("name").asText());
    assertEquals("\"f\"", func.get("properties").get("sym_name").asText());
    assertEquals("loc(\"in.mlir\":1:1)", func.get("location").asText());
    JsonNode add = ops.get(2);
    assertEquals("unit", add.get("attributes").get("fast").asText());
    assertEquals("i32", add.get("results").get(0).get("type").asText());
    assertEquals(2, add.get("operands").size());
    JsonNode blocks = func.get("regions").get(0).get("blocks");
    assertEquals(2, blocks.size());
    assertEquals("i32", blocks.get(1).get("arguments").get(0).get("type").asText());
  }

  @Test
  void idsResolveToOneDefinition() throws IOException {
    JsonNode module = emit(INPUT).get("operation");
    Set<String> values = new HashSet<>();
    Set<String> blocks = new HashSet<>();
    List<JsonNode> ops = ops(module, new ArrayList<>());
    for (JsonNode op : ops) {
      op.get("results").forEach(result -> assertTrue(values.add(result.get("id").asText())));
      for (JsonNode region : op.get("regions")) {
        for (JsonNode block : region.get("blocks")) {
          assertTrue(blocks.add(block.get("id").asText()));
          block.get("arguments").forEach(arg -> assertTrue(values.add(arg.get("id").asText())));
        }
      }
    }
    for (JsonNode op : ops) {
      op.get("operands")
          .forEach(operand -> assertTrue(values.contains(operand.get("id").asText())));
      op.get("successors").forEach(block -> assertTrue(blocks.contains(block.asText())));
    }
    // %a is the entry block's argument: both operands of test.add name it.
    JsonNode add = ops.get(2);
    JsonNode entry = ops.get(1).get("regions").get(0).get("blocks").get(0);
    assertEquals(entry.get("arguments").get(0).get("id"), add.get("operands").get(0).get("id"));
    assertEquals(add.get("operands").get(0), add.get("operands").get(1));
    assertEquals(
        ops.get(1).get("regions").get(0).get("blocks").get(1).get("id"),
        ops.get(3).get("successors").get(0));
  }

  @Test
  void theDriverEmitsOneDocumentPerChunk() throws IOException {
    ToolRun result =
        ToolRun.run(
            new AicOpt(),
            dir,
            "module {}\n// -----\nmodule {}\n",
            "--emit=json",
            "--split-input-file");
    assertEquals(0, result.status(), result.stderr());
    String[] documents = result.stdout().split("// -----\n");
    assertEquals(2, documents.length);
    for (String document : documents) {
      assertEquals(
          "builtin.module", MAPPER.readTree(document).get("operation").get("name").asText());
    }
  }
}
