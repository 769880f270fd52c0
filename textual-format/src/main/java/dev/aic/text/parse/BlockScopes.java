package dev.aic.text.parse;

import dev.aic.ir.Block;
import dev.aic.ir.loc.Location;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The block names of the regions being parsed: {@code ^name} refers to a block of the innermost
 * region. A block used before its label is created on first use and placed in the region when its
 * label comes; a label that never comes is an error when the region closes.
 */
final class BlockScopes {
  private static final class Entry {
    final Block block;
    Location firstUse;
    boolean defined;

    Entry(Block block) {
      this.block = block;
    }
  }

  private final ParserState state;
  private final ArrayDeque<Map<String, Entry>> scopes = new ArrayDeque<>();
  // Emptied scopes of closed regions, for the regions to come: loops of a million ops open a
  // hundred thousand regions, nearly all with the one name ^bb0.
  private final ArrayDeque<Map<String, Entry>> spare = new ArrayDeque<>();

  BlockScopes(ParserState state) {
    this.state = state;
  }

  void push() {
    Map<String, Entry> scope = spare.poll();
    scopes.push(scope != null ? scope : new LinkedHashMap<>());
  }

  /** Closes the innermost region's names, reporting a block used but never defined. */
  void pop() {
    Map<String, Entry> scope = scopes.pop();
    for (Entry entry : scope.values()) {
      if (!entry.defined) {
        throw state.error(entry.firstUse, "reference to an undefined block");
      }
    }
    scope.clear();
    spare.push(scope);
  }

  /** The block a successor {@code ^name} refers to, created now if not yet defined. */
  Block use(String name, Location location) {
    Entry entry = scopes.peek().computeIfAbsent(name, n -> new Entry(new Block()));
    if (!entry.defined && entry.firstUse == null) {
      entry.firstUse = location;
    }
    return entry.block;
  }

  /**
   * The block the label {@code ^name:} written at {@code label} defines; reports a redefinition.
   */
  Block define(String name, Token label) {
    Entry entry = scopes.peek().computeIfAbsent(name, n -> new Entry(new Block()));
    if (entry.defined) {
      throw state.error(label, "redefinition of block '^" + name + "'");
    }
    entry.defined = true;
    return entry.block;
  }
}
