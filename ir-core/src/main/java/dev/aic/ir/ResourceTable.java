package dev.aic.ir;

import dev.aic.ir.attr.Attribute;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The resources of a context, as the {@code {-# dialect_resources: ..., external_resources: ...
 * #-}} section of a file declares them: per section, per group (a dialect, or a tool's key such as
 * {@code mlir_reproducer}), entries of a string, a boolean, or a blob written as a hex string
 * ({@code "0x04000000..."}, whose first four bytes give the alignment). {@code
 * dense_resource<name>} attributes refer to the {@code builtin} blobs. Thread-safe.
 */
public final class ResourceTable {
  /** The section of dialect-owned resources. */
  public static final String DIALECT_RESOURCES = "dialect_resources";

  /** The section of resources owned by tools. */
  public static final String EXTERNAL_RESOURCES = "external_resources";

  private final Map<String, Map<String, Map<String, Attribute>>> sections = new LinkedHashMap<>();

  /** Sets entry {@code key} of {@code group} in {@code section}, replacing an earlier value. */
  public synchronized void put(String section, String group, String key, Attribute value) {
    sections
        .computeIfAbsent(section, s -> new LinkedHashMap<>())
        .computeIfAbsent(group, g -> new LinkedHashMap<>())
        .put(key, value);
  }

  /** The entry {@code key} of {@code group} in {@code section}, if present. */
  public synchronized Optional<Attribute> get(String section, String group, String key) {
    return Optional.ofNullable(
        sections.getOrDefault(section, Map.of()).getOrDefault(group, Map.of()).get(key));
  }

  /** The groups of {@code section}, in the order they were first filled. */
  public synchronized List<String> groups(String section) {
    return List.copyOf(sections.getOrDefault(section, Map.of()).keySet());
  }

  /** The entries of {@code group} in {@code section}, in insertion order. */
  public synchronized Map<String, Attribute> entries(String section, String group) {
    return Map.copyOf(sections.getOrDefault(section, Map.of()).getOrDefault(group, Map.of()));
  }

  /** The keys of {@code group} in {@code section}, in insertion order. */
  public synchronized List<String> keys(String section, String group) {
    return List.copyOf(
        sections.getOrDefault(section, Map.of()).getOrDefault(group, Map.of()).keySet());
  }
}
