package dev.aic.ir.transforms;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.diag.OperationFormatter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Writes the DOT graph of one op as MLIR 22's {@code view-op-graph} does. Node and cluster ids come
 * from one counter in the order things are written; a cluster gets an invisible anchor node, since
 * DOT edges join nodes, and edges ending at a cluster are clipped to it with {@code lhead} / {@code
 * ltail}. Edges are written after all nodes, control-flow edges first, because a value may be used
 * before the op defining it is written (graph regions).
 */
final class OpGraphWriter {
  /** A node, or the anchor node of the cluster {@code cluster} (0 for a plain node). */
  private record Node(int id, int cluster) {
    boolean isCluster() {
      return cluster != 0;
    }
  }

  /** A use of {@code value} by {@code user}, drawn once every value has its node. */
  private record DataFlowEdge(Value value, Node user, String port) {}

  private final GraphStyle style;
  private final GraphLabels labels;
  private final Map<String, String> colors;
  private final IndentedOutput out = new IndentedOutput();
  private final List<String> edges = new ArrayList<>();
  private final List<DataFlowEdge> dataFlowEdges = new ArrayList<>();
  private final Map<Value, Node> valueNodes = new HashMap<>();
  private int counter;

  private OpGraphWriter(Operation root, GraphStyle style) {
    this.style = style;
    this.labels = new GraphLabels(style, OperationFormatter.get().operandNames(root));
    this.colors = colors(root);
  }

  /** The DOT text of {@code root} and everything nested in it. */
  static String write(Operation root, GraphStyle style) {
    OpGraphWriter writer = new OpGraphWriter(root, style);
    writer.out.write("digraph G {\n");
    writer.out.indent();
    // Edges may end at clusters only in compound mode.
    writer.out.write("compound = true;\n");
    writer.operation(root);
    writer.writeEdges();
    writer.out.unindent();
    writer.out.write("}\n");
    return writer.out.text();
  }

  /**
   * One fill colour per op name: hues spread evenly over the names in the order a post-order walk
   * first meets them, with MLIR's muted saturation and value so black text stays readable.
   */
  private static Map<String, String> colors(Operation root) {
    Map<String, String> colors = new LinkedHashMap<>();
    root.walk(op -> colors.putIfAbsent(op.name().name(), ""));
    int index = 0;
    for (Map.Entry<String, String> entry : colors.entrySet()) {
      double hue = (double) index++ / colors.size();
      entry.setValue(sixDecimals(hue) + " 0.3 0.95");
    }
    return colors;
  }

  /**
   * {@code hue} as C++'s {@code std::to_string(double)} prints it ({@code %f}): rounded half to
   * even on the exact binary value, where Java's {@code %f} would round half up.
   */
  private static String sixDecimals(double hue) {
    return new BigDecimal(hue).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** An op with regions becomes a cluster, any other op a record node. */
  private Node operation(Operation op) {
    Node node;
    if (op.numRegions() > 0) {
      node = cluster(labels.cluster(op), () -> op.regions().forEach(this::region));
    } else {
      node = node(labels.record(op), "Mrecord", colors.get(op.name().name()));
    }
    if (style.dataFlowEdges()) {
      for (Value operand : op.operands()) {
        dataFlowEdges.add(new DataFlowEdge(operand, node, labels.port(operand)));
      }
    }
    op.results().forEach(result -> valueNodes.put(result, node));
    return node;
  }

  private void region(Region region) {
    region.blocks().forEach(this::block);
  }

  /** A block is a cluster of its arguments and ops, consecutive ops joined by control flow. */
  private void block(Block block) {
    cluster(
        "",
        () -> {
          for (BlockArgument argument : block.arguments()) {
            valueNodes.put(argument, node(labels.argument(argument), "Mrecord", ""));
          }
          Node previous = null;
          for (Operation op : block.operations()) {
            Node next = operation(op);
            if (style.controlFlowEdges() && previous != null) {
              edge(previous, next, "", "dashed");
            }
            previous = next;
          }
        });
  }

  /** Writes a cluster around what {@code body} writes; returns its anchor node. */
  private Node cluster(String label, Runnable body) {
    int cluster = ++counter;
    out.write("subgraph cluster_" + cluster + " {\n");
    out.indent();
    Node anchor = node(" ", "plain", "");
    out.write("label = \"" + label + "\";\n");
    body.run();
    out.unindent();
    out.write("}\n");
    return new Node(anchor.id(), cluster);
  }

  private Node node(String label, String shape, String fillColor) {
    int id = ++counter;
    SortedMap<String, String> attributes = new TreeMap<>();
    attributes.put("label", "\"" + label + "\"");
    attributes.put("shape", shape);
    if (!fillColor.isEmpty()) {
      attributes.put("style", "filled");
      attributes.put("fillcolor", "\"" + fillColor + "\"");
    }
    out.write("v" + id + " " + attributeList(attributes) + ";\n");
    return new Node(id, 0);
  }

  /**
   * Records an edge; a non-empty {@code port} attaches it to the value's result port at the source
   * and operand port at the target, except where an end is a cluster.
   */
  private void edge(Node from, Node to, String port, String lineStyle) {
    SortedMap<String, String> attributes = new TreeMap<>();
    attributes.put("style", lineStyle);
    StringBuilder edge = new StringBuilder("v").append(from.id());
    if (from.isCluster()) {
      attributes.put("ltail", "cluster_" + from.cluster());
    } else if (!port.isEmpty()) {
      edge.append(":res").append(port).append(":s");
    }
    edge.append(" -> v").append(to.id());
    if (to.isCluster()) {
      attributes.put("lhead", "cluster_" + to.cluster());
    } else if (!port.isEmpty()) {
      edge.append(":arg").append(port).append(":n");
    }
    edges.add(edge.append(attributeList(attributes)).toString());
  }

  /** Writes every edge: control flow as recorded, then data flow in the order of the uses. */
  private void writeEdges() {
    for (DataFlowEdge use : dataFlowEdges) {
      // A value defined outside the graph has no node; MLIR then draws from node v0.
      Node source = valueNodes.getOrDefault(use.value(), new Node(0, 0));
      edge(source, use.user(), use.port(), "solid");
    }
    for (String edge : edges) {
      out.write(edge + ";\n");
    }
  }

  private static String attributeList(SortedMap<String, String> attributes) {
    StringJoiner list = new StringJoiner(", ", "[", "]");
    attributes.forEach((key, value) -> list.add(key + " = " + value));
    return list.toString();
  }
}
