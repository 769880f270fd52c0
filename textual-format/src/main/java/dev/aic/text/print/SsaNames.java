package dev.aic.text.print;

import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.OpResult;
import dev.aic.ir.Operation;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.text.OpSyntax;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.eclipse.collections.impl.block.factory.HashingStrategies;
import org.eclipse.collections.impl.map.mutable.primitive.ObjectIntHashMapWithHashingStrategy;

/**
 * The SSA value and block names of everything nested in one op, computed as MLIR's {@code
 * SSANameState} does before printing.
 *
 * <p>Regions are numbered breadth-first over a stack: an op's regions are numbered after all values
 * of the region holding the op, and each region starts from the counters its parent region had at
 * its end. In custom form sibling regions therefore reuse numbers ({@code %arg1} in both regions of
 * an {@code scf.if}-like op); in generic form (or with {@code uniqueSsaIds}) numbers keep counting.
 * Ops isolated from above do not restart numbering: MLIR 22 does not either. Name hints ({@link
 * OpSyntax#suggestResultNames}) are honoured in custom form only and made unique with {@code _N}
 * suffixes from a counter that, like the value counter, is inherited from the parent region.
 */
final class SsaNames {
  // The code of %arg0; below it, %arg1, %arg2, ... Above it lie the codes of hinted names.
  private static final int ARGUMENT = -(1 << 30);

  /** A region waiting to be numbered with the counters of its parent region. */
  private record Pending(
      Region region, int valueId, int argumentId, int conflictId, int parentDepth) {}

  private final boolean useHints;
  private final boolean unique;
  // Each named value's code: N >= 0 for %N, ARGUMENT - N for %argN of generic form, -(i + 1) for
  // the i-th of hintedNames; an int per value rather than a string, for a million values.
  private final ValueCodes codes;
  private final List<String> hintedNames = new ArrayList<>();
  private final Map<Operation, int[]> resultGroups = new HashMap<>();
  private final Operation root;
  // The numbers of blocks other than entry blocks, which are ^bb0 of their region.
  private final ObjectIntHashMapWithHashingStrategy<Block> blockIds =
      new ObjectIntHashMapWithHashingStrategy<>(HashingStrategies.identityStrategy());
  private final Map<String, Integer> usedNames = new HashMap<>();
  // The names each open region took, for uniqueName; null while it took none (always in generic
  // form, where a list per region would be made for nothing).
  private final ArrayList<List<String>> scopes = new ArrayList<>();
  private int nextValueId;
  private int nextArgumentId;
  private int nextConflictId;

  /** Names every value and block nested in {@code root}, and root's own results. */
  SsaNames(Operation root, PrintOptions options) {
    this.root = root;
    this.useHints = !options.generic();
    this.unique = options.numbersUniquely();
    this.codes = new ValueCodes();
    scopes.add(null);
    ArrayDeque<Pending> pending = new ArrayDeque<>();
    for (Region region : root.regions()) {
      pending.push(new Pending(region, nextValueId, nextArgumentId, nextConflictId, 1));
    }
    numberOp(root);
    while (!pending.isEmpty()) {
      Pending next = pending.pop();
      if (!unique) {
        nextValueId = next.valueId();
        nextArgumentId = next.argumentId();
        nextConflictId = next.conflictId();
      }
      while (scopes.size() > next.parentDepth()) {
        popScope();
      }
      scopes.add(null);
      numberRegion(next.region());
      int depth = scopes.size();
      for (Block block = next.region().firstBlock(); block != null; block = block.next()) {
        for (Operation op = block.firstOp(); op != null; op = op.next()) {
          for (int i = 0; i < op.numRegions(); i++) {
            pending.push(
                new Pending(op.region(i), nextValueId, nextArgumentId, nextConflictId, depth));
          }
        }
      }
    }
  }

  /** {@code %name}, or {@code %name#i} for one result of a group when {@code withResultNumber}. */
  String valueName(Value value, boolean withResultNumber) {
    StringBuilder name = new StringBuilder();
    appendValueName(value, withResultNumber, name);
    return name.toString();
  }

  /** Appends what {@link #valueName} gives, without making a string of it. */
  void appendValueName(Value value, boolean withResultNumber, StringBuilder out) {
    Value head = value;
    int resultNumber = -1;
    if (value instanceof OpResult result && result.owner().numResults() != 1) {
      Operation owner = result.owner();
      int index = result.index();
      int[] groups = resultGroups(owner);
      if (groups == null) {
        resultNumber = index;
        head = owner.result(0);
      } else {
        int position = upperBound(groups, index);
        int groupStart = groups[position - 1];
        int groupEnd = position < groups.length ? groups[position] : owner.numResults();
        if (groupEnd - groupStart != 1) {
          resultNumber = index - groupStart;
        }
        head = owner.result(groupStart);
      }
    }
    int code = codes.get(head);
    if (code == ValueCodes.ABSENT) {
      out.append("<<UNKNOWN SSA VALUE>>");
      return;
    }
    if (code >= 0) {
      out.append('%').append(code);
    } else if (code <= ARGUMENT) {
      out.append("%arg").append(ARGUMENT - code);
    } else {
      out.append(hintedNames.get(-code - 1));
    }
    if (resultNumber >= 0 && withResultNumber) {
      out.append('#').append(resultNumber);
    }
  }

  /** How many values (results and block arguments) the printed IR holds, named. */
  int valueCount() {
    return codes.count();
  }

  /** The first result of each result group of {@code op}, or {@code null} for a single group. */
  int[] resultGroups(Operation op) {
    // Only name hints make groups: without any, no op gets the identity hash code a lookup
    // computes and stores in its header, a million times over.
    return resultGroups.isEmpty() ? null : resultGroups.get(op);
  }

  /** {@code ^bbN} of a block. */
  String blockName(Block block) {
    int id = blockOrdering(block);
    if (id == 0) {
      return "^bb0";
    }
    return id < 0 ? "<<UNKNOWN BLOCK>>" : "^bb" + id;
  }

  /** The position of a block in its region, which orders predecessor lists; -1 if not named. */
  int blockOrdering(Block block) {
    if (!block.isEntryBlock()) {
      return blockIds.getIfAbsent(block, -1);
    }
    // Most blocks are the entry block of their region, most regions having one block: they go
    // without a hash table entry (and the identity hash code it needs) each.
    Operation owner = block.parentOp();
    return owner != null && root.isAncestor(owner) ? 0 : -1;
  }

  private void numberRegion(Region region) {
    int nextBlockId = 0;
    for (Block block = region.firstBlock(); block != null; block = block.next()) {
      if (nextBlockId > 0) {
        blockIds.put(block, nextBlockId);
      }
      nextBlockId++;
      boolean entry = block.isEntryBlock();
      for (int i = 0; i < block.numArguments(); i++) {
        BlockArgument argument = block.argument(i);
        if (!entry) {
          setName(argument, "");
        } else if (useHints) {
          setName(argument, "arg" + nextArgumentId++);
        } else {
          // Without name hints no other name can be taken: no need to make it unique.
          codes.put(argument, ARGUMENT - nextArgumentId++);
        }
      }
      for (Operation op = block.firstOp(); op != null; op = op.next()) {
        numberOp(op);
      }
    }
  }

  private void numberOp(Operation op) {
    NameHints hints = null;
    if (useHints) {
      Optional<OpSyntax> syntax = op.interfaceImpl(OpSyntax.class);
      if (syntax.isPresent()) {
        hints = new NameHints(op);
        syntax.get().suggestResultNames(op, hints);
      }
    }
    if (op.numResults() == 0) {
      return;
    }
    // One probe: a name hint may have named the result already (codes of those are negative).
    if (codes.getIfAbsentPut(op.result(0), nextValueId) == nextValueId) {
      nextValueId++;
    }
    if (hints != null && !hints.groupStarts.isEmpty()) {
      int[] starts = new int[hints.groupStarts.size() + 1];
      for (int i = 0; i < hints.groupStarts.size(); i++) {
        starts[i + 1] = hints.groupStarts.get(i);
      }
      Arrays.sort(starts);
      int distinct = 0;
      for (int start : starts) {
        if (distinct == 0 || starts[distinct - 1] != start) {
          starts[distinct++] = start;
        }
      }
      resultGroups.put(op, Arrays.copyOf(starts, distinct));
    }
  }

  /**
   * Takes the names an op suggests for its results; a named result other than the first starts a
   * result group. (A class rather than a lambda: numbering runs on every start, where the first
   * lambda costs JDK 17 about 10 ms, docs/perf.md.)
   */
  private final class NameHints implements BiConsumer<Value, String> {
    private final Operation op;
    private final List<Integer> groupStarts = new ArrayList<>();

    NameHints(Operation op) {
      this.op = op;
    }

    @Override
    public void accept(Value value, String name) {
      if (!(value instanceof OpResult result) || result.owner() != op) {
        throw new IllegalArgumentException(
            "a name hint of '" + op.name() + "' names a value it does not define");
      }
      if (codes.get(value) != ValueCodes.ABSENT) {
        return;
      }
      setName(value, name);
      if (result.index() != 0) {
        groupStarts.add(result.index());
      }
    }
  }

  private void setName(Value value, String name) {
    if (name.isEmpty()) {
      codes.put(value, nextValueId++);
    } else {
      hintedNames.add("%" + uniqueName(name));
      codes.put(value, -hintedNames.size());
    }
  }

  private String uniqueName(String hint) {
    String name = sanitize(hint, "$._-", true);
    if (usedNames.containsKey(name)) {
      String probe;
      do {
        probe = name + "_" + nextConflictId++;
      } while (usedNames.containsKey(probe));
      name = probe;
    }
    usedNames.put(name, usedNames.getOrDefault(name, 0) + 1);
    int innermost = scopes.size() - 1;
    if (scopes.get(innermost) == null) {
      scopes.set(innermost, new ArrayList<>());
    }
    scopes.get(innermost).add(name);
    return name;
  }

  private void popScope() {
    List<String> names = scopes.remove(scopes.size() - 1);
    if (names == null) {
      return;
    }
    for (String name : names) {
      Integer count = usedNames.get(name);
      if (count != null && count == 1) {
        usedNames.remove(name);
      } else if (count != null) {
        usedNames.put(name, count - 1);
      }
    }
  }

  /**
   * MLIR's {@code sanitizeIdentifier}: characters other than letters, digits and {@code
   * allowedPunctuation} become {@code _} (a space) or their UTF-8 bytes in upper-case hex; a
   * leading digit (or, unless {@code allowTrailingDigit}, a trailing one) gets a {@code _} prefix.
   */
  static String sanitize(String name, String allowedPunctuation, boolean allowTrailingDigit) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    boolean needsPrefix =
        bytes.length > 0
            && (isDigit(bytes[0]) || (!allowTrailingDigit && isDigit(bytes[bytes.length - 1])));
    boolean valid = true;
    for (byte b : bytes) {
      valid &= isValid(b, allowedPunctuation);
    }
    if (!needsPrefix && valid) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    if (needsPrefix) {
      out.append('_');
    }
    for (byte b : bytes) {
      if (isValid(b, allowedPunctuation)) {
        out.append((char) b);
      } else if (b == ' ') {
        out.append('_');
      } else {
        out.append(Integer.toHexString(b & 0xff).toUpperCase(java.util.Locale.ROOT));
      }
    }
    return out.toString();
  }

  private static boolean isValid(byte b, String allowedPunctuation) {
    return (b >= 'a' && b <= 'z')
        || (b >= 'A' && b <= 'Z')
        || isDigit(b)
        || (b > 0 && allowedPunctuation.indexOf(b) >= 0);
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  private static int upperBound(int[] sorted, int key) {
    int index = Arrays.binarySearch(sorted, key);
    return index >= 0 ? index + 1 : -index - 1;
  }
}
