package dev.aic.text.print;

import dev.aic.ir.AsmText;
import dev.aic.ir.Operation;
import dev.aic.ir.ResourceTable;
import dev.aic.ir.attr.ArrayAttr;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.BoolAttr;
import dev.aic.ir.attr.DenseResourceElementsAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.StringAttr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code {-# ... #-}} section printed after a top-level op, as mlir-opt prints it: the builtin
 * blobs that {@code dense_resource<...>} attributes of the printed IR refer to, and every external
 * resource of the context.
 */
final class ResourceSection {
  private ResourceSection() {}

  /** The section's text (ending with a newline), or empty when there is nothing to print. */
  static String render(Operation root) {
    ResourceTable table = root.context().resources();
    List<String> blobKeys = table.keys(ResourceTable.DIALECT_RESOURCES, "builtin");
    Set<String> referenced = new LinkedHashSet<>();
    // Walking every attribute of a large module is wasted when there is no blob to refer to.
    if (!blobKeys.isEmpty()) {
      root.walk(
          op -> {
            collect(op.properties(), referenced);
            collect(op.attributes(), referenced);
          });
    }
    List<String> sections = new ArrayList<>();
    Map<String, Attribute> builtin = table.entries(ResourceTable.DIALECT_RESOURCES, "builtin");
    List<String> blobs = new ArrayList<>();
    for (String key : blobKeys) {
      if (referenced.contains(key)) {
        blobs.add(entry(key, builtin.get(key)));
      }
    }
    if (!blobs.isEmpty()) {
      sections.add(section(ResourceTable.DIALECT_RESOURCES, List.of(group("builtin", blobs))));
    }
    List<String> groups = new ArrayList<>();
    for (String group : table.groups(ResourceTable.EXTERNAL_RESOURCES)) {
      Map<String, Attribute> entries = table.entries(ResourceTable.EXTERNAL_RESOURCES, group);
      List<String> lines = new ArrayList<>();
      for (String key : table.keys(ResourceTable.EXTERNAL_RESOURCES, group)) {
        lines.add(entry(key, entries.get(key)));
      }
      groups.add(group(group, lines));
    }
    if (!groups.isEmpty()) {
      sections.add(section(ResourceTable.EXTERNAL_RESOURCES, groups));
    }
    if (sections.isEmpty()) {
      return "";
    }
    return "\n{-#\n" + String.join(",\n", sections) + "\n#-}\n";
  }

  private static String section(String name, List<String> groups) {
    return "  " + name + ": {\n" + String.join(",\n", groups) + "\n  }";
  }

  private static String group(String name, List<String> entries) {
    return "    " + AsmText.keyword(name) + ": {\n" + String.join(",\n", entries) + "\n    }";
  }

  private static String entry(String key, Attribute value) {
    String text =
        value instanceof StringAttr s
            ? AsmText.quoted(s.value())
            : Boolean.toString(BoolAttr.value(value));
    return "      " + AsmText.keyword(key) + ": " + text;
  }

  private static void collect(Attribute attribute, Set<String> referenced) {
    if (attribute instanceof DenseResourceElementsAttr resource) {
      referenced.add(resource.blobName());
    } else if (attribute instanceof ArrayAttr array) {
      array.elements().forEach(e -> collect(e, referenced));
    } else if (attribute instanceof DictionaryAttr dictionary) {
      for (NamedAttribute entry : dictionary.entries()) {
        collect(entry.value(), referenced);
      }
    }
  }
}
