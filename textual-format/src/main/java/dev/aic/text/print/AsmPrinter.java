package dev.aic.text.print;

import dev.aic.ir.AttrTypePrinter;
import dev.aic.ir.Block;
import dev.aic.ir.BlockArgument;
import dev.aic.ir.Operation;
import dev.aic.ir.OperationName;
import dev.aic.ir.Region;
import dev.aic.ir.Value;
import dev.aic.ir.attr.Attribute;
import dev.aic.ir.attr.DenseElementsAttr;
import dev.aic.ir.attr.DictionaryAttr;
import dev.aic.ir.attr.NamedAttribute;
import dev.aic.ir.attr.TypedAttr;
import dev.aic.ir.attr.UnitAttr;
import dev.aic.ir.loc.Location;
import dev.aic.ir.trait.IsTerminator;
import dev.aic.ir.trait.IsolatedFromAbove;
import dev.aic.ir.type.FunctionType;
import dev.aic.ir.type.Type;
import dev.aic.text.OpAsmPrinter;
import dev.aic.text.OpSyntax;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Prints operations as MLIR 22 text, byte for byte what {@code mlir-opt} prints for the same IR and
 * flags ({@link PrintOptions}).
 *
 * <pre>{@code
 * String text = AsmPrinter.print(module, PrintOptions.DEFAULT);
 * AsmPrinter.print(module, PrintOptions.DEFAULT.withGeneric(true), writer);  // streams
 * }</pre>
 *
 * <p>Printing takes two passes, as in MLIR: {@link SsaNames} names values and blocks, and a first
 * walk in alias-collecting mode runs the same printing code with its output discarded while every
 * type and attribute goes to {@link Aliases.Collector}; then the text is printed. A top-level op
 * (one not in a block) is framed by its alias definitions: {@code #map = ...} lines before it and
 * deferred {@code #loc = ...} lines after it. A nested op prints alone, its values named as seen
 * from the top-level op, or from the nearest op isolated from above with {@code localScope}.
 *
 * <p>This is also the {@link OpAsmPrinter} custom syntaxes print with; its methods follow MLIR's
 * spacing (for instance {@link #printOptionalAttrDict} starts with a space).
 */
public final class AsmPrinter implements OpAsmPrinter {
  private static final int FLUSH_THRESHOLD = 1 << 16;
  // Bounds each printed-text memo for IR with very many distinct types (shapes, say).
  private static final int MAX_TEXTS = 4096;
  private static final String ELIDED = "dense_resource<__elided__>";
  // IR holding this many values is printed on two threads (printOpsInParallel).
  private static final int PARALLEL_MIN_VALUES = 1 << 16;
  // The first block in print order with this many ops is the one split between the threads.
  private static final int PARALLEL_MIN_OPS = 256;

  private final PrintOptions options;
  private final SsaNames names;
  private final Aliases aliases;
  private final Aliases.Collector collector;
  private final StringBuilder buffer;
  private final Appendable sink;
  private final AttrTypePrinter text = new TextPrinter();
  private final ArrayDeque<String> defaultDialects = new ArrayDeque<>();
  // Op names as generic forms print them, quoted once per name rather than once per op.
  private final Map<OperationName, String> quotedNames = new java.util.HashMap<>();
  // Printed types by identity (types are interned): nearly every op repeats a handful of them.
  private final Map<Type, String> typeTexts = new IdentityHashMap<>();
  // Printed properties by identity: parsed dictionaries are interned, and repeat as types do.
  private final Map<DictionaryAttr, String> propertyTexts = new IdentityHashMap<>();
  private int indent;
  // Whether the next big block may be printed on two threads: once per print, by its first printer.
  private boolean mayPrintInParallel;

  private AsmPrinter(
      PrintOptions options,
      SsaNames names,
      Aliases aliases,
      Aliases.Collector collector,
      Appendable out) {
    this.options = options;
    this.names = names;
    this.aliases = aliases;
    this.collector = collector;
    if (out instanceof StringBuilder builder) {
      this.buffer = builder;
      this.sink = null;
    } else {
      this.buffer = new StringBuilder();
      this.sink = out;
    }
    defaultDialects.push("builtin");
  }

  /** The text of {@code op} printed with {@code options}. */
  public static String print(Operation op, PrintOptions options) {
    StringBuilder out = new StringBuilder();
    print(op, options, out);
    return out.toString();
  }

  /**
   * Prints {@code op} with {@code options} to {@code out}, in chunks, so large modules never exist
   * as one string unless {@code out} is a {@link StringBuilder}.
   *
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void print(Operation op, PrintOptions options, Appendable out) {
    SsaNames names = new SsaNames(scopeRoot(op, options.localScope()), options);
    Aliases aliases = null;
    if (!options.localScope()) {
      Aliases.Collector collector = new Aliases.Collector(op.context());
      new AsmPrinter(options, names, null, collector, null).collectOp(op);
      aliases = collector.build();
    }
    AsmPrinter printer = new AsmPrinter(options, names, aliases, null, out);
    printer.mayPrintInParallel = printer.sink != null && names.valueCount() >= PARALLEL_MIN_VALUES;
    if (op.parentBlock() == null && !options.localScope()) {
      printer.printAliasDefinitions(false);
      printer.printFullOp(op);
      printer.write('\n');
      printer.printAliasDefinitions(true);
      printer.write(ResourceSection.render(op));
    } else {
      printer.printFullOp(op);
    }
    printer.flush();
  }

  /**
   * The names {@code Value::printAsOperand} gives, with MLIR's default flags, to the values of the
   * IR tree holding {@code op}: numbered from its outermost op, one result of a group as {@code
   * %0#1}.
   */
  public static Function<Value, String> operandNames(Operation op) {
    SsaNames names = new SsaNames(scopeRoot(op, false), PrintOptions.DEFAULT);
    return value -> names.valueName(value, true);
  }

  /** The op whose nested values are numbered together with {@code op}'s. */
  private static Operation scopeRoot(Operation op, boolean localScope) {
    Operation root = op;
    while (!(localScope && root.hasTrait(IsolatedFromAbove.class))) {
      Operation parent = root.parentOp();
      if (parent == null) {
        break;
      }
      root = parent;
    }
    return root;
  }

  // ---- output --------------------------------------------------------------------------------

  private boolean collecting() {
    return collector != null;
  }

  private void write(String s) {
    if (!collecting()) {
      buffer.append(s);
    }
  }

  private void write(char c) {
    if (!collecting()) {
      buffer.append(c);
    }
  }

  private void writeValueName(Value value, boolean withResultNumber) {
    if (!collecting()) {
      names.appendValueName(value, withResultNumber, buffer);
    }
  }

  private void writeIndent() {
    if (!collecting()) {
      for (int i = 0; i < indent; i++) {
        buffer.append(' ');
      }
    }
  }

  private void maybeFlush() {
    if (sink != null && buffer.length() >= FLUSH_THRESHOLD) {
      flush();
    }
  }

  /** Hands what is buffered to the output. */
  void flush() {
    if (sink == null || buffer.isEmpty()) {
      return;
    }
    try {
      sink.append(buffer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buffer.setLength(0);
  }

  private void printAliasDefinitions(boolean deferred) {
    for (Aliases.Entry definition : aliases.definitions(deferred)) {
      write(definition.alias());
      write(" = ");
      if (definition.value() instanceof Type type) {
        type.print(text);
      } else {
        printAttributeImpl((Attribute) definition.value(), true);
      }
      write('\n');
    }
  }

  // ---- operations ----------------------------------------------------------------------------

  /** Prints an op at the current indentation with its trailing location. */
  private void printFullOp(Operation op) {
    writeIndent();
    printOperation(op);
    printTrailingLocation(op.location(), true);
    maybeFlush();
  }

  private void printOperation(Operation op) {
    int numResults = op.numResults();
    if (numResults != 0) {
      int[] groups = names.resultGroups(op);
      if (groups == null) {
        printResultGroup(op, 0, numResults);
      } else {
        for (int i = 0; i < groups.length; i++) {
          if (i > 0) {
            write(", ");
          }
          int end = i + 1 < groups.length ? groups[i + 1] : numResults;
          printResultGroup(op, groups[i], end - groups[i]);
        }
      }
      write(" = ");
    }
    Optional<OpSyntax> syntax = options.generic() ? Optional.empty() : customSyntax(op);
    if (syntax.isPresent()) {
      String name = op.name().name();
      String prefix = defaultDialects.peek() + ".";
      if (name.startsWith(prefix) && name.indexOf('.', prefix.length()) < 0) {
        name = name.substring(prefix.length());
      }
      write(name);
      syntax.get().print(op, this);
    } else {
      printGenericForm(op);
    }
  }

  private void printProperties(DictionaryAttr properties) {
    String known = propertyTexts.get(properties);
    if (known != null) {
      write(known);
      return;
    }
    int start = buffer.length();
    properties.print(text);
    if (propertyTexts.size() < MAX_TEXTS) {
      propertyTexts.put(properties, buffer.substring(start));
    }
  }

  private static Optional<OpSyntax> customSyntax(Operation op) {
    return op.isRegistered() ? op.interfaceImpl(OpSyntax.class) : Optional.empty();
  }

  private void printResultGroup(Operation op, int first, int count) {
    writeValueName(op.result(first), false);
    if (count > 1) {
      write(':');
      write(Integer.toString(count));
    }
  }

  private void printGenericForm(Operation op) {
    if (collecting()) {
      collectGenericForm(op);
      return;
    }
    String quoted = quotedNames.get(op.name());
    if (quoted == null) {
      quoted = dev.aic.ir.AsmText.quoted(op.name().name());
      quotedNames.put(op.name(), quoted);
    }
    write(quoted);
    write('(');
    for (int i = 0; i < op.numOperands(); i++) {
      if (i > 0) {
        write(", ");
      }
      writeValueName(op.operand(i), true);
    }
    write(')');
    if (op.numSuccessors() != 0) {
      write('[');
      List<Block> successors = op.successors();
      for (int i = 0; i < successors.size(); i++) {
        if (i > 0) {
          write(", ");
        }
        write(names.blockName(successors.get(i)));
      }
      write(']');
    }
    if (!op.properties().isEmpty()) {
      write(" <");
      printProperties(op.properties());
      write('>');
    }
    if (op.numRegions() != 0) {
      write(" (");
      for (int i = 0; i < op.numRegions(); i++) {
        if (i > 0) {
          write(", ");
        }
        printRegion(op.region(i), true, true, true);
      }
      write(')');
    }
    printOptionalAttrDict(op.attributes(), Set.of());
    write(" : ");
    printFunctionalType(op);
  }

  private void printTrailingLocation(Location location, boolean allowAlias) {
    if (!options.debugInfo() || collecting()) {
      return;
    }
    write(" loc(");
    String alias = allowAlias && aliases != null ? aliases.alias(location) : null;
    if (alias != null) {
      write(alias);
    } else {
      location.printBody(text);
    }
    write(')');
  }

  private void printBlock(Block block, boolean printHeader, boolean printTerminator) {
    if (printHeader) {
      writeIndent();
      write(names.blockName(block));
      if (block.numArguments() != 0) {
        write('(');
        for (int i = 0; i < block.numArguments(); i++) {
          if (i > 0) {
            write(", ");
          }
          BlockArgument argument = block.argument(i);
          writeValueName(argument, true);
          write(": ");
          printType(argument.type());
          printTrailingLocation(argument.location(), false);
        }
        write(')');
      }
      write(':');
      printPredecessors(block);
      write('\n');
    }
    indent += 2;
    Operation last = block.lastOp();
    boolean skipTerminator = !printTerminator && last != null && last.hasTrait(IsTerminator.class);
    Operation end = skipTerminator ? last : null;
    Operation half = mayPrintInParallel ? splitPoint(block.firstOp(), end) : null;
    if (half != null) {
      mayPrintInParallel = false;
      printOpsInParallel(block.firstOp(), half, end);
    } else {
      printOps(block.firstOp(), end);
    }
    indent -= 2;
  }

  /** Prints the ops from {@code first} up to {@code end} (exclusive; null for all), one a line. */
  void printOps(Operation first, Operation end) {
    for (Operation op = first; op != end; op = op.next()) {
      printFullOp(op);
      write('\n');
    }
  }

  /** The op halfway from {@code first} to {@code end}, or null if fewer than worth splitting. */
  private static Operation splitPoint(Operation first, Operation end) {
    int count = 0;
    for (Operation op = first; op != end; op = op.next()) {
      count++;
    }
    if (count < PARALLEL_MIN_OPS) {
      return null;
    }
    Operation half = first;
    for (int i = 0; i < count / 2; i++) {
      half = half.next();
    }
    return half;
  }

  /**
   * Prints the ops from {@code half} to {@code end} on a second thread into memory while this one
   * prints those before {@code half}, then appends them: the printed text is the same, in about
   * half the time when a core is free. Names and aliases are fixed by then and only read; each
   * thread has its own printer, and the IR is not changed while it is printed.
   */
  private void printOpsInParallel(Operation first, Operation half, Operation end) {
    TextChunks secondHalf = new TextChunks();
    AsmPrinter worker = new AsmPrinter(options, names, aliases, null, secondHalf);
    worker.indent = indent;
    worker.defaultDialects.clear();
    worker.defaultDialects.addAll(defaultDialects);
    PrintThread thread = new PrintThread(worker, half, end);
    thread.start();
    try {
      printOps(first, half);
    } finally {
      thread.awaitEnd();
    }
    thread.rethrowFailure();
    flush();
    try {
      secondHalf.appendTo(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printPredecessors(Block block) {
    List<Block> predecessors = block.predecessors();
    if (predecessors.isEmpty()) {
      if (!block.isEntryBlock()) {
        write("  // no predecessors");
      }
    } else if (predecessors.size() == 1) {
      write("  // pred: ");
      write(names.blockName(predecessors.get(0)));
    } else {
      List<Block> sorted = new ArrayList<>(predecessors);
      sorted.sort(java.util.Comparator.comparingInt(names::blockOrdering));
      write("  // ");
      write(Integer.toString(sorted.size()));
      write(" preds: ");
      for (int i = 0; i < sorted.size(); i++) {
        if (i > 0) {
          write(", ");
        }
        write(names.blockName(sorted.get(i)));
      }
    }
  }

  // ---- alias collection ----------------------------------------------------------------------

  /** Visits what printing {@code op} would print, as MLIR's {@code DummyAliasOperationPrinter}. */
  private void collectOp(Operation op) {
    if (options.debugInfo()) {
      collector.visitAttribute(op.location(), true);
    }
    Optional<OpSyntax> syntax = options.generic() ? Optional.empty() : customSyntax(op);
    if (syntax.isPresent()) {
      syntax.get().print(op, this);
    } else {
      collectGenericForm(op);
    }
  }

  private void collectGenericForm(Operation op) {
    for (int i = 0; i < op.numRegions(); i++) {
      collectRegion(op.region(i), true, true);
    }
    for (int i = 0; i < op.numOperands(); i++) {
      collector.visitType(op.operand(i).type(), false);
    }
    for (int i = 0; i < op.numResults(); i++) {
      collector.visitType(op.result(i).type(), false);
    }
    // As MLIR, which walks a registered op's inherent and discardable attributes as one
    // dictionary sorted by name; an unregistered op's properties are not visited.
    List<NamedAttribute> attributes = op.attributes().entries();
    if (op.isRegistered() && !op.properties().isEmpty()) {
      attributes = new ArrayList<>(attributes);
      attributes.addAll(op.properties().entries());
      attributes.sort(null);
    }
    for (NamedAttribute entry : attributes) {
      collector.visitAttribute(entry.value(), false);
    }
  }

  private void collectRegion(Region region, boolean printEntryBlockArgs, boolean printTerminators) {
    for (Block block = region.firstBlock(); block != null; block = block.next()) {
      boolean entry = block == region.firstBlock();
      collectBlock(block, !entry || printEntryBlockArgs, !entry || printTerminators);
    }
  }

  private void collectBlock(Block block, boolean printArgs, boolean printTerminator) {
    if (printArgs) {
      for (int i = 0; i < block.numArguments(); i++) {
        BlockArgument argument = block.argument(i);
        collector.visitType(argument.type(), false);
        if (options.debugInfo()) {
          collector.visitAttribute(argument.location(), false);
        }
      }
    }
    Operation last = block.lastOp();
    boolean skipTerminator = !printTerminator && last != null && last.hasTrait(IsTerminator.class);
    for (Operation op = block.firstOp(); op != null; op = op.next()) {
      if (skipTerminator && op == last) {
        break;
      }
      collectOp(op);
    }
  }

  // ---- OpAsmPrinter --------------------------------------------------------------------------

  @Override
  public OpAsmPrinter print(String s) {
    write(s);
    return this;
  }

  @Override
  public OpAsmPrinter printOperand(Value value) {
    writeValueName(value, true);
    return this;
  }

  @Override
  public OpAsmPrinter printOperands(List<? extends Value> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        write(", ");
      }
      writeValueName(values.get(i), true);
    }
    return this;
  }

  @Override
  public OpAsmPrinter printType(Type type) {
    if (collecting()) {
      collector.visitType(type, false);
    } else {
      text.printType(type);
    }
    return this;
  }

  @Override
  public OpAsmPrinter printTypes(List<? extends Type> types) {
    for (int i = 0; i < types.size(); i++) {
      if (i > 0) {
        write(", ");
      }
      printType(types.get(i));
    }
    return this;
  }

  @Override
  public OpAsmPrinter printAttribute(Attribute attribute) {
    if (collecting()) {
      collector.visitAttribute(attribute, false);
    } else {
      text.printAttribute(attribute);
    }
    return this;
  }

  @Override
  public OpAsmPrinter printAttributeWithoutType(Attribute attribute) {
    if (collecting()) {
      collector.visitAttribute(attribute, false);
      return this;
    }
    String alias = aliases == null ? null : aliases.alias(attribute);
    if (alias != null) {
      write(alias);
    } else {
      printAttributeImpl(attribute, false);
    }
    return this;
  }

  @Override
  public OpAsmPrinter printOptionalAttrDict(DictionaryAttr attributes, Collection<String> elided) {
    printAttrDict(attributes, elided, false);
    return this;
  }

  @Override
  public OpAsmPrinter printOptionalAttrDictWithKeyword(
      DictionaryAttr attributes, Collection<String> elided) {
    printAttrDict(attributes, elided, true);
    return this;
  }

  private void printAttrDict(
      DictionaryAttr attributes, Collection<String> elided, boolean withKeyword) {
    if (attributes.isEmpty()) {
      // Most ops of generic form: no list per op.
      return;
    }
    List<NamedAttribute> shown = new ArrayList<>(attributes.size());
    for (NamedAttribute entry : attributes.entries()) {
      if (!elided.contains(entry.name())) {
        shown.add(entry);
      }
    }
    if (shown.isEmpty()) {
      return;
    }
    if (collecting()) {
      for (NamedAttribute entry : shown) {
        collector.visitAttribute(entry.value(), false);
      }
      return;
    }
    if (withKeyword) {
      write(" attributes");
    }
    write(" {");
    for (int i = 0; i < shown.size(); i++) {
      if (i > 0) {
        write(", ");
      }
      NamedAttribute entry = shown.get(i);
      write(dev.aic.ir.AsmText.keyword(entry.name()));
      if (!(entry.value() instanceof UnitAttr)) {
        write(" = ");
        text.printAttribute(entry.value());
      }
    }
    write('}');
  }

  @Override
  public OpAsmPrinter printSymbolName(String name) {
    write('@');
    write(dev.aic.ir.AsmText.keyword(name));
    return this;
  }

  @Override
  public OpAsmPrinter printKeywordOrString(String name) {
    write(dev.aic.ir.AsmText.keyword(name));
    return this;
  }

  @Override
  public OpAsmPrinter printSuccessor(Block block) {
    write(names.blockName(block));
    return this;
  }

  @Override
  public OpAsmPrinter printSuccessorAndUseList(Block block, List<? extends Value> operands) {
    write(names.blockName(block));
    if (operands.isEmpty()) {
      return this;
    }
    write('(');
    printOperands(operands);
    write(" : ");
    for (int i = 0; i < operands.size(); i++) {
      if (i > 0) {
        write(", ");
      }
      printType(operands.get(i).type());
    }
    write(')');
    return this;
  }

  @Override
  public OpAsmPrinter printRegionArgument(BlockArgument argument, DictionaryAttr attributes) {
    printOperand(argument);
    write(": ");
    printType(argument.type());
    if (attributes != null) {
      printOptionalAttrDict(attributes, Set.of());
    }
    if (collecting()) {
      if (options.debugInfo()) {
        collector.visitAttribute(argument.location(), false);
      }
    } else {
      printTrailingLocation(argument.location(), false);
    }
    return this;
  }

  /** Writes {@code (t1, t2) -> r}; results are parenthesised unless one non-function type. */
  @Override
  public OpAsmPrinter printFunctionalType(Operation op) {
    write('(');
    for (int i = 0; i < op.numOperands(); i++) {
      if (i > 0) {
        write(", ");
      }
      printType(op.operand(i).type());
    }
    write(") -> ");
    int numResults = op.numResults();
    boolean wrapped = numResults != 1 || op.result(0).type() instanceof FunctionType;
    if (wrapped) {
      write('(');
    }
    for (int i = 0; i < numResults; i++) {
      if (i > 0) {
        write(", ");
      }
      printType(op.result(i).type());
    }
    if (wrapped) {
      write(')');
    }
    return this;
  }

  /** Writes {@code " -> t"}, {@code " -> (t1, t2)"}, or nothing when {@code types} is empty. */
  @Override
  public OpAsmPrinter printArrowTypeList(List<? extends Type> types) {
    if (types.isEmpty()) {
      return this;
    }
    write(" -> ");
    boolean wrapped = types.size() != 1 || types.get(0) instanceof FunctionType;
    if (wrapped) {
      write('(');
    }
    printTypes(types);
    if (wrapped) {
      write(')');
    }
    return this;
  }

  @Override
  public OpAsmPrinter printRegion(
      Region region,
      boolean printEntryBlockArgs,
      boolean printBlockTerminators,
      boolean printEmptyBlock) {
    if (collecting()) {
      collectRegion(region, printEntryBlockArgs, printBlockTerminators);
      return this;
    }
    write("{\n");
    if (!region.isEmpty()) {
      Operation parent = region.parentOp();
      Optional<OpSyntax> syntax = parent == null ? Optional.empty() : customSyntax(parent);
      defaultDialects.push(syntax.isPresent() ? syntax.get().defaultDialect() : "");
      Block entry = region.firstBlock();
      boolean header =
          (printEmptyBlock && entry.isEmpty())
              || (printEntryBlockArgs && entry.numArguments() != 0);
      printBlock(entry, header, printBlockTerminators);
      for (Block block = entry.next(); block != null; block = block.next()) {
        printBlock(block, true, true);
      }
      defaultDialects.pop();
    }
    writeIndent();
    write('}');
    return this;
  }

  @Override
  public OpAsmPrinter printNewline() {
    write('\n');
    writeIndent();
    return this;
  }

  @Override
  public OpAsmPrinter printGenericOp(Operation op) {
    printGenericForm(op);
    return this;
  }

  @Override
  public OpAsmPrinter printOptionalLocationSpecifier(Location location) {
    if (collecting()) {
      if (options.debugInfo()) {
        collector.visitAttribute(location, true);
      }
    } else {
      printTrailingLocation(location, true);
    }
    return this;
  }

  // ---- types and attributes ------------------------------------------------------------------

  /** Prints an attribute spelled out (not as its own alias); nested values may use aliases. */
  private void printAttributeImpl(Attribute attribute, boolean withType) {
    if (attribute instanceof DenseElementsAttr dense
        && !dense.isSplat()
        && options.elides(dense.numElements())) {
      write(ELIDED);
      if (withType) {
        write(" : ");
        text.printType(dense.type());
      }
    } else if (attribute instanceof Location location) {
      write("loc(");
      location.printBody(text);
      write(')');
    } else if (!withType && attribute instanceof TypedAttr typed) {
      typed.printWithoutType(text);
    } else {
      attribute.print(text);
    }
  }

  /** Writes types and attributes into the output, substituting aliases. */
  private final class TextPrinter implements AttrTypePrinter {
    @Override
    public AttrTypePrinter print(String s) {
      write(s);
      return this;
    }

    @Override
    public AttrTypePrinter print(char c) {
      write(c);
      return this;
    }

    @Override
    public AttrTypePrinter printType(Type type) {
      String known = typeTexts.get(type);
      if (known != null) {
        write(known);
        return this;
      }
      int start = buffer.length();
      String alias = aliases == null ? null : aliases.alias(type);
      if (alias != null) {
        write(alias);
      } else {
        type.print(this);
      }
      if (!collecting() && typeTexts.size() < MAX_TEXTS) {
        typeTexts.put(type, buffer.substring(start));
      }
      return this;
    }

    @Override
    public AttrTypePrinter printAttribute(Attribute attribute) {
      String alias = aliases == null ? null : aliases.alias(attribute);
      if (alias != null) {
        write(alias);
      } else {
        printAttributeImpl(attribute, true);
      }
      return this;
    }

    @Override
    public AttrTypePrinter printLocation(Location location) {
      String alias = aliases == null ? null : aliases.alias(location);
      if (alias != null) {
        write(alias);
      } else {
        location.printBody(this);
      }
      return this;
    }
  }
}
