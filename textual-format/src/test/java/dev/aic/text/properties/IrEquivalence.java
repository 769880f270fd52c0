package dev.aic.text.properties;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Structural equality of two op trees, possibly from different contexts: op names, properties and
 * attributes, result and argument types, operand wiring by position, block structure and
 * successors, and optionally the locations of ops and block arguments. Attributes and types are
 * records (or compare by content), so {@code equals} compares them across contexts.
 */
final class IrEquivalence {
  private final boolean locations;
  private final Map<Value, Value> values = new IdentityHashMap<>();
  private final Map<Block, Block> blocks = new IdentityHashMap<>();
  private final List<Operation[]> pairs = new ArrayList<>();

  private IrEquivalence(boolean locations) {
    this.locations = locations;
  }

  /**
   * The first difference between {@code a} and {@code b} as a path and a message, or {@code null}
   * when they are equal; locations count only with {@code locations}.
   */
  static String difference(Operation a, Operation b, boolean locations) {
    IrEquivalence eq = new IrEquivalence(locations);
    String d = eq.structure(a, b);
    return d != null ? d : eq.wiring();
  }

  /** Pairs up ops, blocks and values, checking everything but operands and successors. */
  private String structure(Operation rootA, Operation rootB) {
    ArrayDeque<Operation[]> work = new ArrayDeque<>();
    work.push(new Operation[] {rootA, rootB});
    while (!work.isEmpty()) {
      Operation[] pair = work.pop();
      Operation a = pair[0];
      Operation b = pair[1];
      pairs.add(pair);
      String at = "at '" + a.name().name() + "' (" + pairs.size() + "th op): ";
      String d = compareOp(a, b);
      if (d != null) {
        return at + d;
      }
      for (int i = 0; i < a.numResults(); i++) {
        values.put(a.result(i), b.result(i));
      }
      for (int r = 0; r < a.numRegions(); r++) {
        Region ra = a.region(r);
        Region rb = b.region(r);
        if (ra.size() != rb.size()) {
          return at + "region #" + r + " has " + ra.size() + " vs " + rb.size() + " blocks";
        }
        Block ba = ra.firstBlock();
        Block bb = rb.firstBlock();
        int index = 0;
        while (ba != null) {
          blocks.put(ba, bb);
          String bd = compareBlock(ba, bb);
          if (bd != null) {
            return at + "region #" + r + " block #" + index + ": " + bd;
          }
          List<Operation> opsA = ba.operationList();
          List<Operation> opsB = bb.operationList();
          for (int i = opsA.size() - 1; i >= 0; i--) {
            work.push(new Operation[] {opsA.get(i), opsB.get(i)});
          }
          ba = ba.next();
          bb = bb.next();
          index++;
        }
      }
    }
    return null;
  }

  private String compareOp(Operation a, Operation b) {
    if (!a.name().name().equals(b.name().name())) {
      return "name " + b.name().name();
    }
    if (!a.properties().equals(b.properties())) {
      return "properties " + a.properties() + " vs " + b.properties();
    }
    if (!a.attributes().equals(b.attributes())) {
      return "attributes "
          + a.attributes()
          + " vs "
          + b.attributes()
          + entryDifference(a.attributes(), b.attributes());
    }
    if (!a.resultTypes().equals(b.resultTypes())) {
      return "result types " + a.resultTypes() + " vs " + b.resultTypes();
    }
    if (a.numOperands() != b.numOperands()) {
      return "operand count " + a.numOperands() + " vs " + b.numOperands();
    }
    if (a.numSuccessors() != b.numSuccessors()) {
      return "successor count " + a.numSuccessors() + " vs " + b.numSuccessors();
    }
    if (a.numRegions() != b.numRegions()) {
      return "region count " + a.numRegions() + " vs " + b.numRegions();
    }
    if (locations && !Objects.equals(a.location(), b.location())) {
      return "location " + a.location() + " vs " + b.location();
    }
    return null;
  }

  /** Names the first differing entry of two dictionaries with both values' record structure. */
  private static String entryDifference(DictionaryAttr a, DictionaryAttr b) {
    for (int i = 0; i < Math.min(a.entries().size(), b.entries().size()); i++) {
      NamedAttribute x = a.entries().get(i);
      NamedAttribute y = b.entries().get(i);
      if (!x.equals(y)) {
        return "; first differing entry "
            + x.name()
            + ": "
            + structure(x.value())
            + " vs "
            + y.name()
            + ": "
            + structure(y.value());
      }
    }
    return "";
  }

  /** A record's components, recursively, so values that print alike can be told apart. */
  private static String structure(Object value) {
    if (value instanceof Record r) {
      StringBuilder out = new StringBuilder(r.getClass().getSimpleName()).append('(');
      RecordComponent[] components = r.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        try {
          out.append(i == 0 ? "" : ", ").append(structure(components[i].getAccessor().invoke(r)));
        } catch (ReflectiveOperationException e) {
          out.append('?');
        }
      }
      return out.append(')').toString();
    }
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object element : list) {
        out.append(structure(element)).append(' ');
      }
      return out.append(']').toString();
    }
    return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
  }

  private String compareBlock(Block a, Block b) {
    if (!a.argumentTypes().equals(b.argumentTypes())) {
      return "argument types " + a.argumentTypes() + " vs " + b.argumentTypes();
    }
    if (a.size() != b.size()) {
      return "op count " + a.size() + " vs " + b.size();
    }
    for (int i = 0; i < a.numArguments(); i++) {
      BlockArgument x = a.argument(i);
      BlockArgument y = b.argument(i);
      values.put(x, y);
      if (locations && !Objects.equals(x.location(), y.location())) {
        return "argument #" + i + " location " + x.location() + " vs " + y.location();
      }
    }
    return null;
  }

  /** Checks that each operand and successor of one tree maps to its counterpart in the other. */
  private String wiring() {
    for (int n = 0; n < pairs.size(); n++) {
      Operation a = pairs.get(n)[0];
      Operation b = pairs.get(n)[1];
      String at = "at '" + a.name().name() + "' (" + (n + 1) + "th op): ";
      for (int i = 0; i < a.numOperands(); i++) {
        Value mapped = values.get(a.operand(i));
        if (mapped == null) {
          return at + "operand #" + i + " defined outside the compared tree";
        }
        if (mapped != b.operand(i)) {
          return at + "operand #" + i + " is wired to a different value";
        }
      }
      for (int i = 0; i < a.numSuccessors(); i++) {
        if (blocks.get(a.successor(i)) != b.successor(i)) {
          return at + "successor #" + i + " is a different block";
        }
      }
    }
    return null;
  }
}
