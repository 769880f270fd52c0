package dev.aic.opt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Block;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.text.SourceProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes IR as JSON for {@code --emit=json}, one document per module:
 *
 * <pre>{@code
 * {"format": "aic-ir", "version": 1, "operation": OP}
 * OP     = {"name", "location", "operands": [VALUE], "results": [VALUE],
 *           "properties": {name: attr}, "attributes": {name: attr},
 *           "successors": [block id], "regions": [{"blocks": [BLOCK]}]}
 * BLOCK  = {"id", "arguments": [VALUE], "operations": [OP]}
 * VALUE  = {"id", "type"}
 * }</pre>
 *
 * <p>Types, attributes and locations are their MLIR text without aliases, so any of them can be
 * parsed back. Value ids ({@code %0}, {@code %1}, ...) and block ids ({@code ^bb0}, ...) are
 * numbered in order of definition across the whole document, so each names one value or block; they
 * are not the names the text printer would choose. Every field is always present.
 */
final class IrJsonEmitter implements SourceProcessor.Emitter {
  /** Incremented whenever the schema changes incompatibly. */
  static final int VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Jackson's indentation with {@code "name": value}; a template, as it counts nesting per use. */
  private static final DefaultPrettyPrinter PRETTY =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""));

  @Override
  public void emit(Operation module, Appendable out) throws IOException {
    StringWriter text = new StringWriter();
    try (JsonGenerator json =
        FACTORY.createGenerator(text).setPrettyPrinter(PRETTY.createInstance())) {
      Ids ids = new Ids();
      ids.number(module);
      json.writeStartObject();
      json.writeStringField("format", "aic-ir");
      json.writeNumberField("version", VERSION);
      json.writeFieldName("operation");
      writeOperation(json, module, ids);
      json.writeEndObject();
    }
    out.append(text.toString());
  }

  /** The ids of values and blocks, numbered before writing so forward references resolve. */
  private static final class Ids {
    private final Map<Object, String> names = new IdentityHashMap<>();
    private int values;
    private int blocks;

    void number(Operation op) {
      op.results().forEach(result -> names.put(result, "%" + values++));
      for (Region region : op.regions()) {
        for (Block block : region.blocks()) {
          names.put(block, "^bb" + blocks++);
          block.arguments().forEach(argument -> names.put(argument, "%" + values++));
          block.operations().forEach(this::number);
        }
      }
    }

    String of(Object valueOrBlock) {
      // A value defined outside the printed op (possible only for a non-module top op).
      return names.getOrDefault(valueOrBlock, "<<outside>>");
    }
  }

  private static void writeOperation(JsonGenerator json, Operation op, Ids ids) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", op.name().name());
    json.writeStringField("location", AttrTypePrinter.toText(op.location()));
    writeValues(json, "operands", op.operands(), ids);
    writeValues(json, "results", op.results(), ids);
    writeAttributes(json, "properties", op.properties());
    writeAttributes(json, "attributes", op.attributes());
    json.writeArrayFieldStart("successors");
    for (Block successor : op.successors()) {
      json.writeString(ids.of(successor));
    }
    json.writeEndArray();
    json.writeArrayFieldStart("regions");
    for (Region region : op.regions()) {
      json.writeStartObject();
      json.writeArrayFieldStart("blocks");
      for (Block block : region.blocks()) {
        writeBlock(json, block, ids);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeBlock(JsonGenerator json, Block block, Ids ids) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", ids.of(block));
    writeValues(json, "arguments", block.arguments(), ids);
    json.writeArrayFieldStart("operations");
    for (Operation op : block.operations()) {
      writeOperation(json, op, ids);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeValues(
      JsonGenerator json, String field, List<? extends Value> values, Ids ids) throws IOException {
    json.writeArrayFieldStart(field);
    for (Value value : values) {
      json.writeStartObject();
      json.writeStringField("id", ids.of(value));
      json.writeStringField("type", AttrTypePrinter.toText(value.type()));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeAttributes(JsonGenerator json, String field, DictionaryAttr attributes)
      throws IOException {
    json.writeObjectFieldStart(field);
    for (NamedAttribute entry : attributes.entries()) {
      json.writeStringField(entry.name(), AttrTypePrinter.toText(entry.value()));
    }
    json.writeEndObject();
  }
}
