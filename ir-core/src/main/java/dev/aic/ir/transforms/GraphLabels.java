package dev.aic.ir.transforms;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.Value;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseElementsAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.type.ShapedType;
import dev.aic.ir.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The label texts of {@code view-op-graph}: Graphviz record labels for ops and block arguments and
 * plain labels for the clusters of ops with regions, with MLIR 22's escaping and truncation.
 */
final class GraphLabels {
  /**
   * Elements and array attributes with more elements than this are elided, as MLIR does with its
   * printer's default limit.
   */
  private static final long LARGE_ATTRIBUTE_LIMIT = 16;

  /** Characters a record label must escape to show literally (and newlines and quotes). */
  private static final String RECORD_SPECIALS = "{|<}>\n\"";

  private final GraphStyle style;
  private final Function<Value, String> names;

  GraphLabels(GraphStyle style, Function<Value, String> names) {
    this.style = style;
    this.names = names;
  }

  /**
   * The label of an op with regions: its name, result types and attributes, each line ended by
   * {@code \l} (left-justified). Unlike record labels, the name and types are not escaped.
   */
  String cluster(Operation op) {
    StringBuilder label = new StringBuilder(op.name().name());
    if (style.resultTypes()) {
      StringJoiner types = new StringJoiner(", ");
      op.resultTypes().forEach(type -> types.add(AttrTypePrinter.toText(type)));
      label.append(" : (").append(truncate(types.toString())).append(')');
    }
    if (style.attributes()) {
      label.append("\\l");
      appendAttributes(label, op);
    }
    return label.toString();
  }

  /**
   * The record label of an op without regions: a row of operand ports, the name and attributes, a
   * row of result ports.
   */
  String record(Operation op) {
    StringBuilder label = new StringBuilder("{");
    if (op.numOperands() > 0) {
      StringJoiner ports = new StringJoiner("|", "{", "}|");
      for (Value operand : op.operands()) {
        ports.add("<arg" + port(operand) + "> " + names.apply(operand));
      }
      label.append(ports);
    }
    label.append(op.name().name()).append("\\l");
    if (style.attributes() && !attributes(op).isEmpty()) {
      // An empty line between the name and the attributes.
      label.append("\\l");
      appendAttributes(label, op);
    }
    if (op.numResults() > 0) {
      StringJoiner ports = new StringJoiner("|", "|{", "}");
      op.results().forEach(result -> ports.add(valuePort(result)));
      label.append(ports);
    }
    return label.append('}').toString();
  }

  /** The record label of a block argument: one result port. */
  String argument(BlockArgument argument) {
    return valuePort(argument);
  }

  /**
   * The port name of a value: its name with {@code %} and {@code #} made {@code _} ({@code %0#1}
   * has port {@code _0_1}); operand ports prefix it with {@code arg}, result ports with {@code
   * res}.
   */
  String port(Value value) {
    return names.apply(value).replace('%', '_').replace('#', '_');
  }

  private String valuePort(Value value) {
    String text = "<res" + port(value) + "> " + names.apply(value);
    return style.resultTypes() ? text + " " + type(value.type()) : text;
  }

  private void appendAttributes(StringBuilder label, Operation op) {
    for (NamedAttribute attribute : attributes(op)) {
      label.append(attribute.name()).append(": ");
      label.append(attribute(attribute.value())).append("\\l");
    }
  }

  /**
   * The attributes MLIR's {@code Operation::getAttrs} gives: a registered op's inherent and
   * discardable attributes sorted together by name, an unregistered op's discardable ones only.
   */
  private static List<NamedAttribute> attributes(Operation op) {
    List<NamedAttribute> attributes = op.attributes().entries();
    if (op.isRegistered() && !op.properties().isEmpty()) {
      attributes = new ArrayList<>(attributes);
      attributes.addAll(op.properties().entries());
      attributes.sort(null);
    }
    return attributes;
  }

  /**
   * An attribute's text: splats in full, elements and arrays with more than 16 elements elided to
   * their shape, anything else cut at the label length.
   */
  private String attribute(Attribute attribute) {
    if (attribute instanceof DenseElementsAttr dense && dense.isSplat()) {
      return escape(AttrTypePrinter.toText(attribute));
    }
    ShapedType elementsType = elementsType(attribute);
    if (elementsType != null && elementsType.numElements() > LARGE_ATTRIBUTE_LIMIT) {
      int rank = elementsType.rank();
      return "[".repeat(rank) + "..." + "]".repeat(rank) + " : " + type(elementsType);
    }
    if (attribute instanceof ArrayAttr array && array.size() > LARGE_ATTRIBUTE_LIMIT) {
      return "[...]";
    }
    return escape(truncate(AttrTypePrinter.toText(attribute)));
  }

  /** The type of an attribute MLIR counts as an {@code ElementsAttr}, or null. */
  private static ShapedType elementsType(Attribute attribute) {
    if (attribute instanceof DenseElementsAttr dense) {
      return dense.type();
    }
    if (attribute instanceof DenseResourceElementsAttr resource) {
      return resource.type();
    }
    return null;
  }

  private String type(Type type) {
    return escape(truncate(AttrTypePrinter.toText(type)));
  }

  private String truncate(String text) {
    if (text.length() <= style.maxLabelLen()) {
      return text;
    }
    return text.substring(0, (int) style.maxLabelLen()) + "...";
  }

  /** Escapes what a Graphviz record label would read as structure, with a backslash. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (RECORD_SPECIALS.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
