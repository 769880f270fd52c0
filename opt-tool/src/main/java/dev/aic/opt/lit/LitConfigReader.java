package dev.aic.opt.lit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of {@code lit.cfg.py} that aic's suite uses, without Python: imports of {@code
 * os}, {@code shutil}, {@code lit.formats} and {@code lit.util}; assignments to local names and to
 * {@code config.name}, {@code config.test_format}, {@code config.suffixes}, {@code
 * config.excludes}, {@code config.test_source_root}, {@code config.test_exec_root}, {@code
 * config.environment[...]}; {@code config.substitutions.append((a, b))}, {@code
 * config.available_features.add(f)}, and {@code if}/{@code elif}/{@code else} blocks over {@link
 * ConfigExpression}s. Every other line becomes a warning that names it; nothing is dropped
 * silently.
 */
public final class LitConfigReader {
  private static final Set<String> KNOWN_MODULES =
      Set.of("os", "shutil", "lit.formats", "lit.util", "sys");
  private static final List<String> PASS_VARS =
      List.of(
          "LIBRARY_PATH",
          "LD_LIBRARY_PATH",
          "TERM",
          "LD_PRELOAD",
          "TMPDIR",
          "TMP",
          "TEMP",
          "TEMPDIR",
          "FILECHECK_OPTS",
          "SOURCE_DATE_EPOCH",
          "HOME",
          "JAVA_HOME");
  private static final Pattern IMPORT = Pattern.compile("import\\s+([\\w.]+(?:\\s*,\\s*[\\w.]+)*)");
  private static final Pattern IF = Pattern.compile("(if|elif)\\s+(.+):");
  private static final Pattern ELSE = Pattern.compile("else\\s*:");
  private static final Pattern ENV_ASSIGN =
      Pattern.compile("config\\.environment\\[(.+)]\\s*=\\s*(.+)");
  private static final Pattern CALL = Pattern.compile("config\\.(\\w+)\\.(append|add)\\((.+)\\)");
  private static final Pattern ASSIGN = Pattern.compile("(config\\.)?(\\w+)\\s*=\\s*(.+)");

  private final Path file;
  private final Map<String, String> processEnv;
  private final Map<String, Object> variables = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();
  private final List<Substitution> substitutions = new ArrayList<>();
  private final Set<String> features = new LinkedHashSet<>();
  private final Set<String> suffixes = new LinkedHashSet<>();
  private final Set<String> excludes = new LinkedHashSet<>();
  private String name = "<unnamed>";
  private Path sourceRoot;
  private Path execRoot;

  /** One open {@code if} chain: its indentation, whether a branch ran, whether this one runs. */
  private record Block(int indent, boolean outerActive, boolean taken, boolean active) {}

  private LitConfigReader(Path file, Map<String, String> processEnv) {
    this.file = file.toAbsolutePath().normalize();
    this.processEnv = processEnv;
    this.sourceRoot = this.file.getParent();
    environment.put("PATH", processEnv.getOrDefault("PATH", ""));
    environment.put("LLVM_DISABLE_CRASH_REPORT", "1");
    for (String var : PASS_VARS) {
      String value = processEnv.get(var);
      if (value != null && !value.isEmpty()) {
        environment.put(var, value);
      }
    }
  }

  /**
   * Reads {@code file} with {@code processEnv} as {@code os.environ}.
   *
   * @throws IOException when the file cannot be read
   */
  public static LitConfig read(Path file, Map<String, String> processEnv) throws IOException {
    LitConfigReader reader = new LitConfigReader(file, processEnv);
    reader.interpret(Files.readAllLines(file));
    return reader.config();
  }

  private LitConfig config() {
    return new LitConfig(
        name,
        sourceRoot,
        execRoot == null ? sourceRoot : execRoot,
        Set.copyOf(suffixes),
        Set.copyOf(excludes),
        List.copyOf(substitutions),
        Set.copyOf(features),
        Map.copyOf(environment),
        List.copyOf(warnings));
  }

  private void interpret(List<String> lines) {
    Deque<Block> blocks = new ArrayDeque<>();
    for (int i = 0; i < lines.size(); i++) {
      int lineNumber = i + 1;
      StringBuilder statement = new StringBuilder(stripComment(lines.get(i)));
      // A bracket left open continues the statement on the next lines.
      while (depth(statement) > 0 && i + 1 < lines.size()) {
        statement.append(' ').append(stripComment(lines.get(++i)).strip());
      }
      String text = statement.toString();
      if (text.isBlank()) {
        continue;
      }
      int indent = text.length() - text.stripLeading().length();
      text = text.strip();
      boolean continuesChain = text.startsWith("elif ") || ELSE.matcher(text).matches();
      while (!blocks.isEmpty()
          && (indent < blocks.peek().indent()
              || (indent == blocks.peek().indent() && !continuesChain))) {
        blocks.pop();
      }
      boolean active = blocks.isEmpty() || blocks.peek().active();
      try {
        if (handleBranch(text, indent, blocks, active)) {
          continue;
        }
        if (active) {
          execute(text);
        }
      } catch (ConfigExpression.NotUnderstood e) {
        warnings.add(
            file.getFileName()
                + ":"
                + lineNumber
                + ": aic-lit does not understand '"
                + text
                + "' ("
                + e.getMessage()
                + "); ignored");
      }
    }
  }

  /** Handles if/elif/else; returns false for other statements. */
  private boolean handleBranch(String text, int indent, Deque<Block> blocks, boolean active)
      throws ConfigExpression.NotUnderstood {
    Matcher m = IF.matcher(text);
    if (m.matches() && m.group(1).equals("if")) {
      // Push first, so a condition that is not understood still skips its block.
      blocks.push(new Block(indent, active, false, false));
      boolean cond =
          active && ConfigExpression.isTrue(ConfigExpression.evaluate(m.group(2), scope()));
      blocks.pop();
      blocks.push(new Block(indent, active, cond, cond));
      return true;
    }
    boolean isElse = ELSE.matcher(text).matches();
    if ((m.matches() || isElse) && !blocks.isEmpty() && blocks.peek().indent() == indent) {
      Block chain = blocks.pop();
      boolean runs = chain.outerActive() && !chain.taken();
      blocks.push(new Block(indent, chain.outerActive(), chain.taken(), false));
      if (runs && !isElse) {
        runs = ConfigExpression.isTrue(ConfigExpression.evaluate(m.group(2), scope()));
      }
      blocks.pop();
      blocks.push(new Block(indent, chain.outerActive(), chain.taken() || runs, runs));
      return true;
    }
    if (m.matches() || isElse) {
      throw new ConfigExpression.NotUnderstood("'elif'/'else' without 'if'");
    }
    return false;
  }

  private void execute(String text) throws ConfigExpression.NotUnderstood {
    if (text.equals("pass")) {
      return;
    }
    Matcher m = IMPORT.matcher(text);
    if (m.matches()) {
      for (String module : m.group(1).split("\\s*,\\s*")) {
        if (!KNOWN_MODULES.contains(module)) {
          throw new ConfigExpression.NotUnderstood("module " + module + " is not known");
        }
      }
      return;
    }
    m = ENV_ASSIGN.matcher(text);
    if (m.matches()) {
      environment.put(
          string(ConfigExpression.evaluate(m.group(1), scope())),
          string(ConfigExpression.evaluate(m.group(2), scope())));
      return;
    }
    m = CALL.matcher(text);
    if (m.matches()) {
      addTo(m.group(1), m.group(2), ConfigExpression.evaluate(m.group(3), scope()));
      return;
    }
    m = ASSIGN.matcher(text);
    if (m.matches()) {
      Object value = ConfigExpression.evaluate(m.group(3), scope());
      if (m.group(1) == null) {
        variables.put(m.group(2), value);
      } else {
        setAttribute(m.group(2), value);
      }
      return;
    }
    throw new ConfigExpression.NotUnderstood("not a statement aic-lit knows");
  }

  private void addTo(String collection, String method, Object value)
      throws ConfigExpression.NotUnderstood {
    switch (collection + "." + method) {
      case "substitutions.append" -> {
        if (!(value instanceof List<?> pair) || pair.size() != 2) {
          throw new ConfigExpression.NotUnderstood("a substitution is a pair (pattern, value)");
        }
        try {
          substitutions.add(Substitution.regex(string(pair.get(0)), string(pair.get(1))));
        } catch (LitSyntaxException e) {
          throw new ConfigExpression.NotUnderstood(e.getMessage());
        }
      }
      case "available_features.add" -> features.add(string(value));
      case "suffixes.add", "suffixes.append" -> suffixes.add(string(value));
      case "excludes.add", "excludes.append" -> excludes.add(string(value));
      default -> throw new ConfigExpression.NotUnderstood("config." + collection + "." + method);
    }
  }

  private void setAttribute(String attribute, Object value) throws ConfigExpression.NotUnderstood {
    switch (attribute) {
      case "name" -> name = string(value);
      case "test_format" -> {
        // ConfigExpression accepts only the internal-shell ShTest.
      }
      case "suffixes" -> replace(suffixes, value);
      case "excludes" -> replace(excludes, value);
      case "test_source_root" -> sourceRoot = Path.of(string(value));
      case "test_exec_root" -> execRoot = Path.of(string(value));
      case "pipefail" -> {
        if (!Boolean.TRUE.equals(value)) {
          throw new ConfigExpression.NotUnderstood("aic-lit always runs with pipefail");
        }
      }
      default -> throw new ConfigExpression.NotUnderstood("config." + attribute + " is not used");
    }
  }

  private static void replace(Set<String> target, Object value)
      throws ConfigExpression.NotUnderstood {
    if (!(value instanceof List<?> items)) {
      throw new ConfigExpression.NotUnderstood("expected a list");
    }
    target.clear();
    for (Object item : items) {
      target.add(string(item));
    }
  }

  private static String string(Object value) throws ConfigExpression.NotUnderstood {
    if (value instanceof String s) {
      return s;
    }
    throw new ConfigExpression.NotUnderstood("expected a string, got " + value);
  }

  private ConfigExpression.Scope scope() {
    return new ConfigExpression.Scope() {
      @Override
      public Object variable(String variable) throws ConfigExpression.NotUnderstood {
        if (!variables.containsKey(variable)) {
          throw new ConfigExpression.NotUnderstood("unknown name " + variable);
        }
        return variables.get(variable);
      }

      @Override
      public String configAttribute(String attribute) throws ConfigExpression.NotUnderstood {
        return switch (attribute) {
          case "name" -> name;
          case "test_source_root" -> sourceRoot.toString();
          case "test_exec_root" -> (execRoot == null ? sourceRoot : execRoot).toString();
          default -> throw new ConfigExpression.NotUnderstood("config." + attribute);
        };
      }

      @Override
      public Map<String, String> configEnvironment() {
        return environment;
      }

      @Override
      public Map<String, String> processEnvironment() {
        return processEnv;
      }

      @Override
      public Path configFile() {
        return file;
      }
    };
  }

  /** The line without a {@code #} comment (a {@code #} inside a string literal stays). */
  private static String stripComment(String line) {
    int hash = blankStrings(line).indexOf('#');
    return (hash < 0 ? line : line.substring(0, hash)).stripTrailing();
  }

  /** How many brackets {@code text} leaves open, outside string literals. */
  private static int depth(CharSequence text) {
    int depth = 0;
    for (char c : blankStrings(text).toCharArray()) {
      if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      }
    }
    return depth;
  }

  /**
   * {@code text} with the insides of its string literals blanked out, escapes included, so that
   * comment signs and brackets in strings do not count.
   */
  private static String blankStrings(CharSequence text) {
    StringBuilder blanked = new StringBuilder(text);
    char quote = 0;
    for (int i = 0; i < blanked.length(); i++) {
      char c = blanked.charAt(i);
      if (quote == 0) {
        if (c == '"' || c == '\'') {
          quote = c;
        }
      } else if (c == quote) {
        quote = 0;
      } else {
        blanked.setCharAt(i, ' ');
        if (c == '\\' && i + 1 < blanked.length()) {
          blanked.setCharAt(++i, ' ');
        }
      }
    }
    return blanked.toString();
  }
}
