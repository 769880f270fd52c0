package dev.aic.ir;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders IR to a canonical string for structural comparison: values are numbered {@code %0, %1,
 * ...} and blocks {@code ^bb0, ^bb1, ...} in textual order (so forward references print the number
 * of a later definition); values and blocks defined outside the rendered op print as {@code %extN}
 * and {@code ^extN} in order of first reference. Two ops render equally exactly when they have the
 * same shape, names, types, attributes and use-def structure.
 */
final class CanonicalIr {
  private final Map<Value, String> values = new IdentityHashMap<>();
  private final Map<Block, String> blocks = new IdentityHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private int externalValues;
  private int externalBlocks;

  private CanonicalIr() {}

  /** The canonical text of {@code op} and everything nested in it. */
  static String render(Operation op) {
    CanonicalIr printer = new CanonicalIr();
    printer.number(op);
    printer.print(op, 0);
    return printer.out.toString();
  }

  private void number(Operation op) {
    for (OpResult result : op.results()) {
      values.put(result, "%" + values.size());
    }
    for (Region region : op.regions()) {
      for (Block block : region.blocks()) {
        blocks.put(block, "^bb" + blocks.size());
        for (BlockArgument argument : block.arguments()) {
          values.put(argument, "%" + values.size());
        }
        for (Operation nested : block.operations()) {
          number(nested);
        }
      }
    }
  }

  private String name(Value value) {
    return values.computeIfAbsent(value, v -> "%ext" + externalValues++);
  }

  private String name(Block block) {
    return blocks.computeIfAbsent(block, b -> "^ext" + externalBlocks++);
  }

  private void print(Operation op, int indent) {
    out.append("  ".repeat(indent));
    if (op.numResults() > 0) {
      out.append(op.results().stream().map(this::name).collect(Collectors.joining(", ")));
      out.append(" = ");
    }
    out.append('"').append(op.name().name()).append('"');
    out.append(op.operands().stream().map(this::name).collect(Collectors.joining(", ", "(", ")")));
    if (op.numSuccessors() > 0) {
      out.append(
          op.successors().stream().map(this::name).collect(Collectors.joining(", ", " [", "]")));
    }
    if (!op.properties().isEmpty()) {
      out.append(" <").append(op.properties()).append('>');
    }
    if (!op.attributes().isEmpty()) {
      out.append(' ').append(op.attributes());
    }
    out.append(" : ").append(op.operandTypes()).append(" -> ").append(op.resultTypes());
    for (Region region : op.regions()) {
      out.append(" {\n");
      for (Block block : region.blocks()) {
        out.append("  ".repeat(indent)).append(name(block));
        out.append(
            block.arguments().stream()
                .map(a -> name(a) + ": " + a.type())
                .collect(Collectors.joining(", ", "(", ")")));
        out.append(":\n");
        for (Operation nested : block.operations()) {
          print(nested, indent + 1);
        }
      }
      out.append("  ".repeat(indent)).append('}');
    }
    out.append('\n');
  }
}
