package dev.aic.ir.pass.instrument;

import dev.aic.ir.Operation;
import dev.aic.ir.attr.StringAttr;
import dev.aic.ir.diag.OperationFormatter;
import dev.aic.ir.pass.FailureSite;
import dev.aic.ir.pass.Pass;
import dev.aic.ir.pass.PassInstrumentation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints the IR around passes as {@code --mlir-print-ir-before/after*} do: a header {@code //
 * -----// IR Dump After StripDebugInfo (strip-debuginfo) //----- //}, then the op the pass ran on
 * (or the top-level op with module scope), then a blank line. With a tree directory each dump is
 * its own file, named as MLIR names them: one directory per op from the top ({@code
 * builtin_module_no-symbol-name/builtin_module_inner}), files {@code <parent index>_<index>_<pass
 * argument>.mlir} numbered by the passes run on each op.
 */
public final class IrPrintingInstrumentation implements PassInstrumentation {
  private final IrPrintingConfig config;
  private final Appendable out;
  private final ThreadLocal<Deque<String>> beforeText = ThreadLocal.withInitial(ArrayDeque::new);
  private final Map<Operation, AtomicInteger> counters = new ConcurrentHashMap<>();

  /** Prints as {@code config} says, to {@code out} unless it names a tree directory. */
  public IrPrintingInstrumentation(IrPrintingConfig config, Appendable out) {
    this.config = config;
    this.out = out;
  }

  @Override
  public void runBeforePass(Pass pass, Operation op) {
    if (config.afterOnlyChange()) {
      beforeText.get().push(fingerprint(op));
    }
    if (config.before().test(pass)) {
      dump("Before " + pass.name() + " (" + pass.argument() + ")", pass, op);
    }
  }

  @Override
  public void runAfterPass(Pass pass, Operation op) {
    String before = config.afterOnlyChange() ? beforeText.get().pop() : null;
    if (!config.after().test(pass) || config.afterOnlyFailure()) {
      return;
    }
    if (before != null && before.equals(fingerprint(op))) {
      return;
    }
    dump("After " + pass.name() + " (" + pass.argument() + ")", pass, op);
  }

  @Override
  public void runAfterPassFailed(Pass pass, Operation op) {
    if (config.afterOnlyChange()) {
      beforeText.get().pop();
    }
    if (config.after().test(pass) || config.afterOnlyFailure()) {
      dump("After " + pass.name() + " Failed (" + pass.argument() + ")", pass, op);
    }
  }

  /**
   * Everything about the IR a pass may change, to tell whether it changed it (MLIR's
   * OperationFingerPrint): each op's identity, name, location, attributes, operands, result types
   * and successors, in walk order.
   */
  private static String fingerprint(Operation root) {
    StringBuilder text = new StringBuilder();
    Map<Object, Integer> ids = new IdentityHashMap<>();
    root.walk(
        op -> {
          text.append(id(ids, op)).append(op.name().name()).append(op.location());
          text.append(op.properties()).append(op.attributes()).append(op.resultTypes());
          op.operands().forEach(v -> text.append(' ').append(id(ids, v)));
          op.successors().forEach(b -> text.append(" ^").append(id(ids, b)));
          op.regions()
              .forEach(
                  r ->
                      r.blocks()
                          .forEach(
                              b ->
                                  b.arguments()
                                      .forEach(a -> text.append(a.type()).append(a.location()))));
          text.append('\n');
        });
    return text.toString();
  }

  private static int id(Map<Object, Integer> ids, Object object) {
    return ids.computeIfAbsent(object, o -> ids.size());
  }

  private void dump(String what, Pass pass, Operation op) {
    Operation printed = op;
    String header = "// -----// IR Dump " + what;
    if (config.moduleScope()) {
      while (printed.parentOp() != null) {
        printed = printed.parentOp();
      }
      header += " (" + FailureSite.describeOp(op) + ")";
    }
    StringBuilder text = new StringBuilder(header).append(" //----- //\n");
    OperationFormatter.get().print(printed, text, config.flags());
    text.append("\n\n");
    if (config.treeDir() == null) {
      synchronized (out) {
        append(text);
      }
    } else {
      write(pass, op, text.toString());
    }
  }

  private void append(CharSequence text) {
    try {
      out.append(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void write(Pass pass, Operation op, String text) {
    List<Operation> chain = new ArrayList<>();
    for (Operation o = op; o != null; o = o.parentOp()) {
      chain.add(0, o);
    }
    Path dir = config.treeDir();
    StringBuilder prefix = new StringBuilder();
    for (Operation o : chain) {
      dir = dir.resolve(directoryName(o));
      if (o != op) {
        // The index of the pass running on the ancestor while this op's pipeline runs.
        prefix.append(Math.max(0, counter(o).get() - 1)).append('_');
      }
    }
    int index = counter(op).getAndIncrement();
    Path file = dir.resolve(prefix.toString() + index + "_" + pass.argument() + ".mlir");
    try {
      Files.createDirectories(dir);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AtomicInteger counter(Operation op) {
    return counters.computeIfAbsent(op, o -> new AtomicInteger());
  }

  /** {@code builtin_module_inner}: the op name with dots as underscores, then the symbol. */
  private static String directoryName(Operation op) {
    String symbol =
        op.inherentOrDiscardable("sym_name").orElse(null) instanceof StringAttr name
            ? name.value()
            : "no-symbol-name";
    return op.name().name().replace('.', '_') + "_" + symbol;
  }
}
