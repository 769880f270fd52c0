package dev.aic.opt.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a test's directives into the command lines to run, as lit's {@code applySubstitutions} does
 * (without recursive expansion): {@code %%} is protected, {@code %if} is resolved, then each
 * substitution is applied once in list order, and the line is stripped. DEFINE and REDEFINE change
 * the list for the lines after them.
 */
public final class ScriptExpander {
  private static final String PERCENT_MARKER = "#_MARKER_#";
  private static final Pattern REMOVED_TMP_DIR = Pattern.compile("%T");

  private ScriptExpander() {}

  /**
   * Expands {@code script} with {@code substitutions} (copied, not changed) and {@code features}
   * for {@code %if}.
   *
   * @throws LitSyntaxException for a bad {@code %if}, a bad (RE)DEFINE or the removed {@code %T}
   */
  public static List<TestScript.RunLine> expand(
      TestScript script, List<Substitution> substitutions, Set<String> features)
      throws LitSyntaxException {
    List<Substitution> table = new ArrayList<>(substitutions);
    List<TestScript.RunLine> lines = new ArrayList<>();
    for (TestScript.Directive directive : script.directives()) {
      if (directive instanceof TestScript.SubstitutionDefinition definition) {
        define(table, definition);
      } else if (directive instanceof TestScript.RunLine run) {
        lines.add(
            new TestScript.RunLine(
                run.line(), unescape(expandLine(run.command(), table, features))));
      }
    }
    return lines;
  }

  private static String escape(String line) {
    return line.replace("%%", PERCENT_MARKER);
  }

  private static String unescape(String line) {
    return line.replace(PERCENT_MARKER, "%");
  }

  private static String expandLine(String line, List<Substitution> table, Set<String> features)
      throws LitSyntaxException {
    String result = ConditionalSubstitution.expand(escape(line), features);
    for (Substitution substitution : table) {
      result = substitution.apply(escape(result));
    }
    if (REMOVED_TMP_DIR.matcher(result).find()) {
      throw new LitSyntaxException(
          "%T is no longer supported. Please create directories with names based on %t.");
    }
    return result.strip();
  }

  private static void define(List<Substitution> table, TestScript.SubstitutionDefinition d)
      throws LitSyntaxException {
    List<Integer> existing = new ArrayList<>();
    StringBuilder existingText = new StringBuilder();
    for (int i = 0; i < table.size(); i++) {
      if (table.get(i).source().contains(d.name())) {
        existing.add(i);
        existingText.append("\nExisting pattern: ").append(table.get(i).source());
      }
    }
    String where = "'" + d.keyword() + "' directive " + d.location();
    if (d.isNew()) {
      if (!existing.isEmpty()) {
        throw new LitSyntaxException(
            "Substitution whose pattern contains '"
                + d.name()
                + "' is already defined before "
                + where
                + existingText);
      }
      table.add(0, Substitution.regex(d.name(), d.value()));
      return;
    }
    if (existing.size() > 1) {
      throw new LitSyntaxException(
          "Multiple substitutions whose patterns contain '"
              + d.name()
              + "' are defined before "
              + where
              + existingText);
    }
    if (existing.isEmpty()) {
      throw new LitSyntaxException(
          "No substitution for '" + d.name() + "' is defined before " + where);
    }
    int index = existing.get(0);
    if (!table.get(index).source().equals(d.name())) {
      throw new LitSyntaxException(
          "Existing substitution whose pattern contains '"
              + d.name()
              + "' does not have the pattern specified by "
              + where
              + "\nExpected pattern: "
              + d.name()
              + existingText);
    }
    table.set(index, Substitution.regex(d.name(), d.value()));
  }
}
