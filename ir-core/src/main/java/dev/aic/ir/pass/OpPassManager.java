package dev.aic.ir.pass;

import dev.aic.ir.Context;
import dev.aic.ir.OperationName;
import dev.aic.ir.pass.option.OptionException;
import dev.aic.ir.pass.option.OptionValues;
import dev.aic.ir.trait.IsolatedFromAbove;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of passes and nested pass managers that run on ops of one name ({@code builtin.module})
 * or, for {@link PassInfo#ANY}, on any op isolated from above. Built in Java with {@link #addPass}
 * and {@link #nest}, or from MLIR's pipeline text with {@link #parse} and {@link #addPipeline}.
 */
public final class OpPassManager implements PipelineEntry {
  private final String anchor;
  private final List<PipelineEntry> entries = new ArrayList<>();
  // Where the nested pipeline was written in pipeline text, for errors found later.
  private String sourceText;
  private int sourceOffset = -1;

  /**
   * An empty pass manager for ops named {@code anchor}, or for any op with {@link PassInfo#ANY}.
   */
  public OpPassManager(String anchor) {
    this.anchor = anchor;
  }

  /**
   * Parses a whole pipeline, which must be wrapped in its anchor: {@code
   * builtin.module(func.func(cse),inline{max-iterations=4})}.
   *
   * @throws PipelineException pointing at the offending text
   */
  public static OpPassManager parse(String text, PassRegistry registry) {
    List<PipelineElement> elements = PipelineParser.parse(text);
    if (elements.size() != 1 || elements.get(0).nested() == null) {
      throw new PipelineException(
          "expected pass pipeline to be wrapped with the anchor operation type, e.g."
              + " 'builtin.module(...)'",
          text,
          elements.isEmpty() ? 0 : elements.get(0).offset());
    }
    PipelineElement root = elements.get(0);
    if (root.options() != null) {
      throw new PipelineException(
          "an operation anchor takes no options", text, root.optionsOffset() - 1);
    }
    OpPassManager pm = new OpPassManager(root.name());
    pm.addElements(root.nested(), registry, text);
    return pm;
  }

  /** The op name this manager runs on, or {@link PassInfo#ANY}. */
  public String anchor() {
    return anchor;
  }

  /** Whether this manager runs on any op rather than one op name. */
  public boolean isOpAgnostic() {
    return PassInfo.ANY.equals(anchor);
  }

  /** The passes and nested managers, in order. */
  public List<PipelineEntry> entries() {
    return List.copyOf(entries);
  }

  /** The number of entries: passes plus nested managers. */
  public int size() {
    return entries.size();
  }

  /**
   * Appends {@code pass}.
   *
   * @throws PipelineException if the pass is anchored on another op than this manager
   */
  public OpPassManager addPass(Pass pass) {
    if (!pass.info().isOpAgnostic() && !pass.anchor().equals(anchor)) {
      throw new PipelineException(
          "Can't add pass '"
              + pass.name()
              + "' restricted to '"
              + pass.anchor()
              + "' on a PassManager intended to run on '"
              + anchor
              + "', did you intend to nest?");
    }
    entries.add(pass);
    return this;
  }

  /** Appends a nested manager for ops named {@code nestedAnchor} and returns it. */
  public OpPassManager nest(String nestedAnchor) {
    OpPassManager nested = new OpPassManager(nestedAnchor);
    entries.add(nested);
    return nested;
  }

  /**
   * Appends the passes of pipeline text without an anchor ({@code cse,func.func(canonicalize)}), as
   * registered pipelines and {@code aic-opt}'s pass flags do.
   *
   * @throws PipelineException pointing at the offending text
   */
  public OpPassManager addPipeline(String text, PassRegistry registry) {
    addElements(PipelineParser.parse(text), registry, text);
    return this;
  }

  /**
   * Appends the registered pass or pipeline {@code argument} configured with option text ({@code
   * max-iterations=4}), as a pass flag {@code --inline=max-iterations=4} does.
   *
   * @throws PipelineException for an unknown name or option
   */
  public OpPassManager addRegistered(String argument, String options, PassRegistry registry) {
    String text = options == null || options.isEmpty() ? argument : argument + "{" + options + "}";
    return addPipeline(text, registry);
  }

  private void addElements(List<PipelineElement> elements, PassRegistry registry, String text) {
    for (PipelineElement element : elements) {
      if (element.nested() != null) {
        if (element.options() != null) {
          throw new PipelineException(
              "an operation anchor takes no options", text, element.optionsOffset() - 1);
        }
        OpPassManager nested = nest(element.name());
        nested.sourceText = text;
        nested.sourceOffset = element.offset();
        nested.addElements(element.nested(), registry, text);
      } else {
        addElement(element, registry, text);
      }
    }
  }

  private void addElement(PipelineElement element, PassRegistry registry, String text) {
    String name = element.name();
    String optionText = element.options() == null ? "" : element.options();
    var pass = registry.pass(name);
    var pipeline = registry.pipeline(name);
    if (pass.isEmpty() && pipeline.isEmpty()) {
      String message = "'" + name + "' does not refer to a registered pass or pass pipeline";
      String suggestion = registry.suggest(name);
      if (suggestion != null) {
        message += "; did you mean '" + suggestion + "'?";
      }
      throw new PipelineException(message, text, element.offset());
    }
    OptionValues values;
    try {
      values =
          OptionValues.parse(
              pass.isPresent() ? pass.get().options() : pipeline.get().options(), optionText);
    } catch (OptionException e) {
      int at = e.offset() < 0 ? element.offset() : element.optionsOffset() + e.offset();
      throw new PipelineException(e.getMessage(), text, at);
    }
    try {
      if (pass.isPresent()) {
        addPass(pass.get().create(values));
      } else {
        pipeline.get().builder().build(this, values, registry);
      }
    } catch (PipelineException e) {
      // A registered pipeline's own text is not the user's: point at the pipeline's name.
      throw new PipelineException(e.getMessage(), text, element.offset());
    }
  }

  /**
   * Checks that every nested manager can run where it is: its anchor must be a registered op that
   * is isolated from above.
   *
   * @throws PipelineException naming the first manager that cannot
   */
  public void verifyAnchors(Context context) {
    for (PipelineEntry entry : entries) {
      if (entry instanceof OpPassManager nested) {
        if (!nested.isOpAgnostic()) {
          OperationName name = context.operationName(nested.anchor);
          if (!name.isRegistered()) {
            throw nested.error(
                "trying to schedule a pass on an unregistered operation '" + nested.anchor + "'");
          }
          if (!name.definitionOrNull().hasTrait(IsolatedFromAbove.class)) {
            throw nested.error(
                "trying to schedule a pass on an operation not marked as 'IsolatedFromAbove'"
                    + " ('"
                    + nested.anchor
                    + "')");
          }
        }
        nested.verifyAnchors(context);
      }
    }
  }

  private PipelineException error(String message) {
    return new PipelineException(message, sourceText, sourceOffset);
  }

  /**
   * The pipeline as MLIR prints it on one line, every option with its value: {@code
   * builtin.module(strip-debuginfo, builtin.module(test-pass-failure{gen-diagnostics=false}))}.
   */
  public String printAsTextual() {
    List<String> parts = new ArrayList<>();
    for (PipelineEntry entry : entries) {
      parts.add(
          entry instanceof Pass pass
              ? pass.printAsTextual()
              : ((OpPassManager) entry).printAsTextual());
    }
    return anchor + "(" + String.join(", ", parts) + ")";
  }

  /** The pipeline as {@code --dump-pass-pipeline} prints it: a header, then one entry a line. */
  public String dump() {
    StringBuilder out = new StringBuilder();
    out.append("Pass Manager with ").append(entries.size()).append(" passes:\n");
    dump(out, 0);
    return out.append("\n\n").toString();
  }

  private void dump(StringBuilder out, int indent) {
    out.append(anchor).append('(');
    for (int i = 0; i < entries.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
      if (entries.get(i) instanceof Pass pass) {
        out.append(pass.printAsTextual());
      } else {
        ((OpPassManager) entries.get(i)).dump(out, indent + 1);
      }
    }
    if (!entries.isEmpty()) {
      out.append('\n').append("  ".repeat(indent));
    }
    out.append(')');
  }

  @Override
  public String toString() {
    return printAsTextual();
  }
}
