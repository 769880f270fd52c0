package dev.aic.opt.lit;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the Python expressions that {@code lit.cfg.py} files use to compute paths and
 * conditions: string literals, lists and tuples, {@code +}, {@code not}, names, {@code __file__},
 * {@code config.test_source_root}, {@code config.environment[...]}, {@code os.environ[...]}, {@code
 * os.environ.get}, {@code os.path.dirname/join/abspath/realpath/exists/isdir/isfile}, {@code
 * os.pathsep(.join)}, {@code shutil.which} and {@code lit.util.which}. Anything else throws {@link
 * NotUnderstood}, so that the reader can name it.
 */
final class ConfigExpression {
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\s*(?:(?<str>[rRbBuU]?(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'))"
              + "|(?<num>\\d+)|(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<op>==|!=|[()\\[\\],.=+:]))");

  /** An expression or statement outside the understood subset. */
  static final class NotUnderstood extends Exception {
    private static final long serialVersionUID = 1L;

    NotUnderstood(String what) {
      super(what);
    }
  }

  /** The state expressions read: local variables, the config being built, the process. */
  interface Scope {
    Object variable(String name) throws NotUnderstood;

    String configAttribute(String name) throws NotUnderstood;

    Map<String, String> configEnvironment();

    Map<String, String> processEnvironment();

    Path configFile();
  }

  private final List<String> tokens = new ArrayList<>();
  private final Scope scope;
  private int pos;

  private ConfigExpression(String text, Scope scope) throws NotUnderstood {
    this.scope = scope;
    Matcher m = TOKEN.matcher(text);
    int at = 0;
    while (at < text.length()) {
      if (text.substring(at).isBlank()) {
        break;
      }
      if (!m.find(at) || m.start() != at) {
        throw new NotUnderstood("unexpected text " + PythonText.repr(text.substring(at).strip()));
      }
      String token = m.group().strip();
      tokens.add(token);
      at = m.end();
    }
  }

  /** Evaluates a whole expression. */
  static Object evaluate(String text, Scope scope) throws NotUnderstood {
    ConfigExpression e = new ConfigExpression(text, scope);
    Object value = e.parseComparison();
    if (e.pos != e.tokens.size()) {
      throw new NotUnderstood("unexpected " + PythonText.repr(e.tokens.get(e.pos)));
    }
    return value;
  }

  /** Python truthiness of a value this evaluator produces. */
  static boolean isTrue(Object value) {
    if (value == null) {
      return false;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    if (value instanceof String s) {
      return !s.isEmpty();
    }
    if (value instanceof List<?> l) {
      return !l.isEmpty();
    }
    return true;
  }

  private String peek() {
    return pos < tokens.size() ? tokens.get(pos) : "";
  }

  private boolean accept(String t) {
    if (peek().equals(t)) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(String t) throws NotUnderstood {
    if (!accept(t)) {
      throw new NotUnderstood("expected " + PythonText.repr(t));
    }
  }

  private Object parseComparison() throws NotUnderstood {
    if (accept("not")) {
      return !isTrue(parseComparison());
    }
    Object left = parseSum();
    if (accept("==")) {
      return java.util.Objects.equals(left, parseSum());
    }
    if (accept("!=")) {
      return !java.util.Objects.equals(left, parseSum());
    }
    return left;
  }

  private Object parseSum() throws NotUnderstood {
    Object value = parsePrimary();
    while (accept("+")) {
      Object right = parsePrimary();
      if (value instanceof String a && right instanceof String b) {
        value = a + b;
      } else if (value instanceof List<?> a && right instanceof List<?> b) {
        List<Object> joined = new ArrayList<>(a);
        joined.addAll(b);
        value = joined;
      } else {
        throw new NotUnderstood("'+' of these values");
      }
    }
    return value;
  }

  private Object parsePrimary() throws NotUnderstood {
    String t = peek();
    if (t.isEmpty()) {
      throw new NotUnderstood("missing expression");
    }
    if (t.matches("(?s)[rRbBuU]?[\"'].*")) {
      pos++;
      return stringLiteral(t);
    }
    if (t.matches("\\d+")) {
      pos++;
      return Integer.parseInt(t);
    }
    if (accept("[") || accept("(")) {
      String close = tokens.get(pos - 1).equals("[") ? "]" : ")";
      List<Object> items = new ArrayList<>();
      while (!accept(close)) {
        items.add(parseComparison());
        if (!accept(",")) {
          expect(close);
          break;
        }
      }
      // '(x)' is x, not a tuple.
      return close.equals(")") && items.size() == 1 && !tokens.get(pos - 2).equals(",")
          ? items.get(0)
          : items;
    }
    if (!t.matches("[A-Za-z_]\\w*")) {
      throw new NotUnderstood("unexpected " + PythonText.repr(t));
    }
    StringBuilder dotted = new StringBuilder(tokens.get(pos++));
    while (peek().equals(".") && pos + 1 < tokens.size()) {
      pos++;
      dotted.append('.').append(tokens.get(pos++));
    }
    String name = dotted.toString();
    if (accept("(")) {
      return call(name, arguments());
    }
    if (accept("[")) {
      Object key = parseComparison();
      expect("]");
      return subscript(name, key);
    }
    return value(name);
  }

  private List<Object> arguments() throws NotUnderstood {
    List<Object> args = new ArrayList<>();
    while (!accept(")")) {
      // Keyword arguments are passed by position; only 'path=' of which() takes this route.
      if (pos + 1 < tokens.size() && tokens.get(pos + 1).equals("=")) {
        pos += 2;
      }
      args.add(parseComparison());
      if (!accept(",")) {
        expect(")");
        break;
      }
    }
    return args;
  }

  private static String stringLiteral(String token) throws NotUnderstood {
    boolean raw = Character.toLowerCase(token.charAt(0)) == 'r';
    int start = Character.isLetter(token.charAt(0)) ? 2 : 1;
    String body = token.substring(start, token.length() - 1);
    if (raw) {
      return body;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char n = body.charAt(++i);
      switch (n) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case '\\', '\'', '"' -> out.append(n);
        default -> out.append('\\').append(n);
      }
    }
    return out.toString();
  }

  private Object value(String name) throws NotUnderstood {
    switch (name) {
      case "True":
        return Boolean.TRUE;
      case "False":
        return Boolean.FALSE;
      case "None":
        return null;
      case "__file__":
        return scope.configFile().toString();
      case "os.pathsep":
        return File.pathSeparator;
      case "os.sep":
        return File.separator;
      default:
        if (name.startsWith("config.")) {
          return scope.configAttribute(name.substring("config.".length()));
        }
        return scope.variable(name);
    }
  }

  private Object subscript(String name, Object key) throws NotUnderstood {
    String k = string(key);
    Map<String, String> map =
        switch (name) {
          case "os.environ" -> scope.processEnvironment();
          case "config.environment" -> scope.configEnvironment();
          default -> throw new NotUnderstood("subscript of " + name);
        };
    if (!map.containsKey(k)) {
      throw new NotUnderstood(name + "[" + PythonText.repr(k) + "] is not set");
    }
    return map.get(k);
  }

  private static String string(Object value) throws NotUnderstood {
    if (value instanceof String s) {
      return s;
    }
    throw new NotUnderstood("expected a string, got " + value);
  }

  private Object call(String name, List<Object> args) throws NotUnderstood {
    switch (name) {
      case "os.path.dirname":
        {
          Path parent = Path.of(string(args.get(0))).getParent();
          return parent == null ? "" : parent.toString();
        }
      case "os.path.basename":
        {
          Path file = Path.of(string(args.get(0))).getFileName();
          return file == null ? "" : file.toString();
        }
      case "os.path.join":
        {
          Path p = Path.of(string(args.get(0)));
          for (Object part : args.subList(1, args.size())) {
            p = p.resolve(string(part));
          }
          return p.toString();
        }
      case "os.path.abspath":
        return Path.of(string(args.get(0))).toAbsolutePath().normalize().toString();
      case "os.path.realpath":
        return DefaultSubstitutions.realPath(
            Path.of(string(args.get(0))).toAbsolutePath().toString());
      case "os.path.exists":
        return java.nio.file.Files.exists(Path.of(string(args.get(0))));
      case "os.path.isdir":
        return java.nio.file.Files.isDirectory(Path.of(string(args.get(0))));
      case "os.path.isfile":
        return java.nio.file.Files.isRegularFile(Path.of(string(args.get(0))));
      case "os.pathsep.join":
        {
          List<String> parts = new ArrayList<>();
          for (Object o : (List<?>) args.get(0)) {
            parts.add(string(o));
          }
          return String.join(File.pathSeparator, parts);
        }
      case "os.environ.get":
        return scope
            .processEnvironment()
            .getOrDefault(string(args.get(0)), args.size() > 1 ? string(args.get(1)) : null);
      case "shutil.which":
      case "lit.util.which":
        {
          String path =
              args.size() > 1 && args.get(1) != null
                  ? string(args.get(1))
                  : scope.processEnvironment().getOrDefault("PATH", "");
          return ExternalCommand.find(string(args.get(0)), Path.of(""), path)
              .map(Path::toString)
              .orElse(null);
        }
      case "lit.formats.ShTest":
        if (args.isEmpty() || Boolean.FALSE.equals(args.get(0))) {
          return "ShTest(execute_external=False)";
        }
        throw new NotUnderstood(
            "ShTest with the external shell; aic-lit has only the internal one");
      default:
        throw new NotUnderstood("call of " + name);
    }
  }
}
